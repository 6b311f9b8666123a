// The visible actors with the most unretracted relations.
// params: $top
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
// returns: many {actor, degree}
// Degrees: Neo4j's stored degree (no relationship read; an actor has no relationships but the
// twelve relation types) minus its retracted relations.
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
WITH a, (COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id])) AS degree
WHERE degree > 0
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor, degree
ORDER BY degree DESC, actor.id
LIMIT $top
