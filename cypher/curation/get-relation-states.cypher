// The identity and retraction flag of existing aggregated relations, by id.
// params: $ids (list of relation ids `source|TYPE|target`)
// returns: many {relation}
UNWIND $ids AS rid
WITH rid, split(rid, '|') AS parts
MATCH (s:Actor {id: parts[0]})-[r]->(t:Actor {id: parts[2]})
WHERE r.id = rid
RETURN {id: r.id, type: type(r), sourceId: s.id, targetId: t.id, retracted: coalesce(r.retracted, false)} AS relation
