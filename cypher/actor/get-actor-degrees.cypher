// Number of unretracted aggregated relations touching each actor: the degree Neo4j stores per
// node (no relationship is read) minus the actor's retracted relations. Actors have no
// other relationships than the twelve relation types.
// params: $ids (list of actor ids)
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
// returns: many {id, degree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
