// One keyset page of actors in (name, id) order; merged-away actors are hidden.
// params: $types (list or null), $nameContains (or null), $minDegree (or null),
//         $afterName, $afterId ('' for the first page), $limit
// returns: many {actor}
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND (a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
  AND ($minDegree IS NULL OR COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } >= $minDegree)
WITH a
ORDER BY a.name, a.id
LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor
