// Actors by id with their stored degrees; an id merged away resolves to the actor it was merged
// into (a redirect). The stored degree is Neo4j's count of the node's relationships (no
// relationship is read); the caller subtracts the actor's retracted relations, read by
// actor/find-retracted-ends in the same transaction, pipelined with this statement.
// params: $ids (list of actor ids)
// returns: many {id, actor, storedDegree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (k:Actor {id: a.mergedInto})
WITH id, coalesce(k, a) AS a
RETURN id, a {.id, .name, .type, .aliases, .affiliation} AS actor, COUNT { (a)--() } AS storedDegree
