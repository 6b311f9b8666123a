// Deletes aggregated relations that no mention supports any more (their last article changed).
// params: $relations (list of {id, sourceId, targetId})
// returns: none
UNWIND $relations AS row
MATCH (s:Actor {id: row.sourceId})-[e]->(t:Actor {id: row.targetId})
WHERE e.id = row.id
DELETE e
