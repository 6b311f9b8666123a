// Number of visible actors matching the filters of find-actors.
// params: $types, $nameContains, $minDegree (each or null)
// returns: one {total}
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
  AND ($minDegree IS NULL OR COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } >= $minDegree)
RETURN count(a) AS total
