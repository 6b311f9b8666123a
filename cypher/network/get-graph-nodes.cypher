// The actors of a graph slice with their degrees (unretracted relations): the degree Neo4j stores
// per node (no relationship is read, so a hub costs what a leaf costs) minus the actor's
// retracted relations. Actors have no other relationships than the twelve relation types.
// params: $ids (list of actor ids)
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
// returns: one {ids, names, types, degrees} (parallel lists, unknown ids skipped): one record
//          decodes much faster than a record per actor (no value is null: collect() would drop it)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN collect(a.id) AS ids, collect(coalesce(a.name, a.id)) AS names, collect(coalesce(a.type, '')) AS types,
       collect(COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id])) AS degrees
