// The actors of a graph slice with their degrees (unretracted relations): the degree Neo4j stores
// per node (no relationship is read, so a hub costs what a leaf costs) minus the actor's
// retracted relations. Actors have no other relationships than the twelve relation types.
// params: $ids (list of actor ids)
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
// returns: many {actor, degree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor,
       COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
