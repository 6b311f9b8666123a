// One keyset page of actors in (name, id) order; merged-away actors are hidden.
// params: $types (list or null), $nameContains (or null), $minDegree (or null),
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
//         $afterName, $afterId ('' for the first page), $limit
// returns: many {actor}
// Degrees: Neo4j's stored degree (no relationship read; an actor has no relationships but the
// twelve relation types) minus its retracted relations.
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND (a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
  AND ($minDegree IS NULL OR (COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id])) >= $minDegree)
WITH a
ORDER BY a.name, a.id
LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor
