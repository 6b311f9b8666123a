// Actors by id with their degrees; an id merged away resolves to the actor it was merged into (a
// redirect). The degree (unretracted relations) is Neo4j's stored count minus the actor's
// retracted relations, as in get-actor-degrees: loading an actor and its degree is one statement.
// params: $ids (list of actor ids)
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end; the
//         degree is only right with it)
// returns: many {id, actor, degree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (k:Actor {id: a.mergedInto})
WITH id, coalesce(k, a) AS a
RETURN id, a {.id, .name, .type, .aliases, .affiliation} AS actor,
       COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
