// Live aggregated relations restricted to a date window: count, weight, confidence and
// first/last seen are recomputed from the evidence dated inside the window, so a Gephi timeline
// or a filtered CSV describes the window and not the whole history.
// params: $types (list of relation type names, or null for all), $since, $until (ISO dates or
//         null; at least one is set), $minConfidence (float or null, applied to the window's mean)
// returns: many (one row per edge with evidence in the window, ordered by edge id)
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.id IS NOT NULL
  AND coalesce(r.retracted, false) = false
  AND ($types IS NULL OR type(r) IN $types)
  // The aggregate's span must overlap the window before its mentions are worth reading.
  AND ($since IS NULL OR r.lastSeen >= date($since))
  AND ($until IS NULL OR r.firstSeen <= date($until))
CALL (r) {
  // Mention(relationId) is indexed; undated evidence cannot be placed in a window and is left out.
  MATCH (m:Mention {relationId: r.id})
  WHERE coalesce(m.retracted, false) = false
    AND ($since IS NULL OR m.date >= date($since))
    AND ($until IS NULL OR m.date <= date($until))
  RETURN count(m) AS count,
         count(DISTINCT m.articleId) AS articleCount,
         avg(m.confidence) AS confidence,
         min(m.date) AS firstSeen,
         max(m.date) AS lastSeen
}
WITH a, r, b, count, articleCount, confidence, firstSeen, lastSeen
WHERE count > 0 AND ($minConfidence IS NULL OR confidence >= $minConfidence)
RETURN r.id AS id,
       type(r) AS type,
       a {.id, .name, .type, .affiliation} AS source,
       b {.id, .name, .type, .affiliation} AS target,
       count,
       articleCount,
       confidence,
       r.goldstein AS goldstein,
       r.cameo AS cameo,
       firstSeen,
       lastSeen
ORDER BY id
