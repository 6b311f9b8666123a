// One keyset page of actors in (degree descending, id) order; merged-away actors are hidden.
// params: $types, $nameContains, $minDegree (each or null), $afterDegree (null for the first
//         page), $afterId, $limit
// returns: many {actor, degree}
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
WITH a, COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } AS degree
WHERE ($minDegree IS NULL OR degree >= $minDegree)
  AND ($afterDegree IS NULL OR degree < $afterDegree OR (degree = $afterDegree AND a.id > $afterId))
WITH a, degree
ORDER BY degree DESC, a.id
LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor, degree
