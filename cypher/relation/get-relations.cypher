// Relations by id (`source|TYPE|target`), retracted ones included: the caller decides whether to
// show them. The id names both ends, so each lookup starts from the Actor.id index.
// params: $ids (list of relation ids)
// returns: many {id, relation}
UNWIND $ids AS rid
WITH rid, split(rid, '|') AS parts
MATCH (s:Actor {id: parts[0]})-[r]->(t:Actor {id: parts[2]})
WHERE r.id = rid
RETURN rid AS id, r {.*, type: type(r), sourceId: s.id, targetId: t.id,
  alleged: coalesce(r.allegedCount = r.count, false)} AS relation
