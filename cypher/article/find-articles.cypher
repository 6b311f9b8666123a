// One keyset page of articles, newest first: the key is the published date as an ISO string
// ('' when unknown, so undated articles come last), then the id.
// params: $source, $since, $until (each or null), $afterKey (null for the first page), $afterId, $limit
// returns: many {article, key}
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($since IS NULL OR date(a.published) >= date($since))
  AND ($until IS NULL OR date(a.published) <= date($until))
WITH a, coalesce(toString(a.published), '') AS key
WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND a.id > $afterId)
WITH a, key
ORDER BY key DESC, a.id
LIMIT $limit
RETURN a {.id, .url, .title, .source, .published, .ingestedAt, .extractor} AS article, key
