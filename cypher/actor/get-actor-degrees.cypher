// Stored degrees: the number of relationships Neo4j keeps per node (no relationship is read).
// Actors have no other relationships than the twelve relation types; the caller subtracts the
// actor's retracted relations, read by actor/find-retracted-ends in the same transaction,
// pipelined with this statement.
// params: $ids (list of actor ids)
// returns: many {id, storedDegree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, COUNT { (a)--() } AS storedDegree
