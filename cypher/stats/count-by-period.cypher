// Dated, unretracted evidence per period and type, with the Goldstein sum, optionally inside a
// window. A symmetric relation's sentence (two mentions, one per direction) counts once.
// params: $unit ('day' | 'week' | 'month'), $symmetric (list of types), $since, $until (or null)
// returns: many {bucket, type, count, goldsteinSum}
MATCH (m:Mention)
WHERE m.date IS NOT NULL
  AND ($since IS NULL OR m.date >= date($since))
  AND ($until IS NULL OR m.date <= date($until))
  AND coalesce(m.retracted, false) = false
WITH DISTINCT
  CASE WHEN m.type IN $symmetric THEN [m.articleId, toString(m.start), m.type] ELSE [m.id] END AS key,
  m.type AS type, m.date AS day, m.goldstein AS goldstein
RETURN date.truncate($unit, day) AS bucket, type, count(*) AS count, sum(goldstein) AS goldsteinSum
ORDER BY bucket, type
