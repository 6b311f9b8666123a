// Number of visible actors matching the filters of find-actors.
// params: $types, $nameContains, $minDegree (each or null)
//         $retractedEnds (actor/find-retracted-ends: one entry per retracted relation end)
// returns: one {total}
// Degrees: Neo4j's stored degree (no relationship read; an actor has no relationships but the
// twelve relation types) minus its retracted relations.
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
  AND ($minDegree IS NULL OR (COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id])) >= $minDegree)
RETURN count(a) AS total
