// Number of articles matching the filters of find-articles.
// params: $source, $since, $until (each or null)
// returns: one {total}
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($since IS NULL OR date(a.published) >= date($since))
  AND ($until IS NULL OR date(a.published) <= date($until))
RETURN count(a) AS total
