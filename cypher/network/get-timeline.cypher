// Evidence between two actors per period: counts by type and the Goldstein sum, from the mentions
// of the given relation ids (both directions). A symmetric relation's sentence is stored as two
// mentions (one per direction) and counted once.
// params: $relationIds (list), $symmetric (list of symmetric types), $unit ('day' | 'week' |
//         'month'), $since, $until (or null)
// returns: many {bucket, type, count, goldsteinSum}
UNWIND $relationIds AS rid
MATCH (m:Mention {relationId: rid})
WHERE coalesce(m.retracted, false) = false
  AND m.date IS NOT NULL
  AND ($since IS NULL OR m.date >= date($since))
  AND ($until IS NULL OR m.date <= date($until))
WITH DISTINCT
  CASE WHEN m.type IN $symmetric THEN [m.articleId, toString(m.start), m.type] ELSE [m.id] END AS key,
  m.type AS type, m.date AS day, m.goldstein AS goldstein
RETURN date.truncate($unit, day) AS bucket, type, count(*) AS count, sum(goldstein) AS goldsteinSum
ORDER BY bucket, type
