// Shortest paths between two actors, ignoring direction, over unretracted relations of the given
// types. SHORTEST takes a literal count, so this asks for 40 and the caller keeps `first` after
// dropping the mirror images that symmetric relations (stored both ways) produce.
// params: $from, $to (actor ids), $types, $maxLength (1 … 4)
// returns: many {nodes, relations}
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 40 (a)-[r WHERE type(r) IN $types AND coalesce(r.retracted, false) = false]-{1,4}(b)
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n {.id, .name, .type, .aliases, .affiliation}] AS nodes,
       [x IN relationships(p) | x {.*, type: type(x), sourceId: startNode(x).id, targetId: endNode(x).id,
         alleged: coalesce(x.allegedCount = x.count, false)}] AS relations
ORDER BY length(p)
