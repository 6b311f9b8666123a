// Number of articles matching the filters of find-articles-of-actor.
// params: $actor, $source, $since, $until
// returns: one {total}
MATCH (:Actor {id: $actor})-[r]-(:Actor)
WITH DISTINCT r.id AS rid
MATCH (m:Mention {relationId: rid})
WHERE coalesce(m.retracted, false) = false
WITH DISTINCT m.articleId AS articleId
MATCH (a:Article {id: articleId})
WHERE ($source IS NULL OR a.source = $source)
  AND ($since IS NULL OR date(a.published) >= date($since))
  AND ($until IS NULL OR date(a.published) <= date($until))
RETURN count(a) AS total
