// Evidence between two actors per period: counts by type and the Goldstein sum, from the mentions
// of their relations of the given types (both directions). Resolves both actors in the same
// statement (an id merged away redirects; an unknown one comes back null, with no buckets), so
// a timeline is one round trip. A symmetric relation's sentence is stored as two mentions (one
// per direction) and counted once.
// params: $a, $b (actor ids as asked), $types (list), $symmetric (list of symmetric types),
//         $unit ('day' | 'week' | 'month'), $since, $until (or null)
// returns: one {a, b, buckets} (a, b: canonical ids or null; buckets: list of
//          {bucket, type, count, goldsteinSum} in bucket, type order; bucket as YYYY-MM-DD: a
//          string decodes far faster than a Date structure)
OPTIONAL MATCH (a0:Actor {id: $a})
OPTIONAL MATCH (ak:Actor {id: a0.mergedInto})
OPTIONAL MATCH (b0:Actor {id: $b})
OPTIONAL MATCH (bk:Actor {id: b0.mergedInto})
WITH coalesce(ak, a0).id AS x, coalesce(bk, b0).id AS y
CALL (x, y) {
  UNWIND $types AS t
  UNWIND [x + '|' + t + '|' + y, y + '|' + t + '|' + x] AS rid
  MATCH (m:Mention {relationId: rid})
  WHERE coalesce(m.retracted, false) = false
    AND m.date IS NOT NULL
    AND ($since IS NULL OR m.date >= date($since))
    AND ($until IS NULL OR m.date <= date($until))
  WITH DISTINCT
    CASE WHEN m.type IN $symmetric THEN [m.articleId, toString(m.start), m.type] ELSE [m.id] END AS key,
    m.type AS type, m.date AS day, m.goldstein AS goldstein
  WITH date.truncate($unit, day) AS bucket, type, count(*) AS count, sum(goldstein) AS goldsteinSum
  ORDER BY bucket, type
  RETURN collect({bucket: toString(bucket), type: type, count: count, goldsteinSum: goldsteinSum}) AS buckets
}
RETURN x AS a, y AS b, buckets
