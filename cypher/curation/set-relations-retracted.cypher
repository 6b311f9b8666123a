// Sets the retraction flag of aggregated relations; missing ones are skipped.
// params: $relations (list of {id, sourceId, targetId, retracted})
// returns: none
UNWIND $relations AS row
MATCH (s:Actor {id: row.sourceId})-[r]->(t:Actor {id: row.targetId})
WHERE r.id = row.id
SET r.retracted = row.retracted
