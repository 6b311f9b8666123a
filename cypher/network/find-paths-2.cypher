// The shortest paths (all of the least length, at most 2 hop(s)) between two actors, ignoring
// direction, over unretracted relations of the given types. allShortestPaths searches from both
// ends at once and stops at the least length, so a hub at either end costs milliseconds, not the
// enumeration of its neighbourhood. The bound must be a literal, hence one file per maximum length
// (1 … 4). A path through a symmetric relation (stored both ways) also runs through its mirror
// edge: one path per sequence of actors and types is kept, at most $first of them.
// params: $from, $to (actor ids), $types, $first
// returns: many {nodes, relations}
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[*..2]-(b))
WHERE all(x IN relationships(p) WHERE type(x) IN $types AND coalesce(x.retracted, false) = false)
WITH [n IN nodes(p) | n.id] AS ids, [x IN relationships(p) | type(x)] AS types, collect(p)[0] AS p
ORDER BY ids, types
LIMIT $first
RETURN [n IN nodes(p) | n {.id, .name, .type, .aliases, .affiliation}] AS nodes,
       [x IN relationships(p) | x {.*, type: type(x), sourceId: startNode(x).id, targetId: endNode(x).id,
         alleged: coalesce(x.allegedCount = x.count, false)}] AS relations
