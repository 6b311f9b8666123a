// Write-locks both end actors of each relation about to be recomputed from its mentions, so no
// concurrent loader can add a mention between the count and the write (a lost update otherwise).
// Setting and removing a dummy property is Neo4j's documented way to take a write lock in Cypher.
// params: $relations (list of {sourceId, targetId}), sorted so loaders lock in one order
// returns: none
UNWIND $relations AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
SET s._lock = true, t._lock = true
REMOVE s._lock, t._lock
