// One keyset page of the articles with unretracted evidence involving an actor, newest first
// (same key as find-articles). Starts from the actor's edges, so it never scans all articles.
// params: $actor, $source, $since, $until (each or null but $actor), $afterKey, $afterId, $limit
// returns: many {article, key}
MATCH (:Actor {id: $actor})-[r]-(:Actor)
WITH DISTINCT r.id AS rid
MATCH (m:Mention {relationId: rid})
WHERE coalesce(m.retracted, false) = false
WITH DISTINCT m.articleId AS articleId
MATCH (a:Article {id: articleId})
WHERE ($source IS NULL OR a.source = $source)
  AND ($since IS NULL OR date(a.published) >= date($since))
  AND ($until IS NULL OR date(a.published) <= date($until))
WITH a, coalesce(toString(a.published), '') AS key
WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND a.id > $afterId)
WITH a, key
ORDER BY key DESC, a.id
LIMIT $limit
RETURN a {.id, .url, .title, .source, .published, .ingestedAt, .extractor} AS article, key
