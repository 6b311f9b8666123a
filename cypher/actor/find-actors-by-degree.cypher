// One keyset page of actors in (degree descending, id) order; merged-away actors are hidden.
// params: $types, $nameContains, $minDegree (each or null), $afterDegree (null for the first
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
//         page), $afterId, $limit
// returns: many {actor, degree}
// Degrees: Neo4j's stored degree (no relationship read; an actor has no relationships but the
// twelve relation types) minus its retracted relations.
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
WITH a, (COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id])) AS degree
WHERE ($minDegree IS NULL OR degree >= $minDegree)
  AND ($afterDegree IS NULL OR degree < $afterDegree OR (degree = $afterDegree AND a.id > $afterId))
WITH a, degree
ORDER BY degree DESC, a.id
LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor, degree
