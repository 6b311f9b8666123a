// Every live aggregated relation between actors, with both ends, for the exports.
// The stored aggregate already holds the weight and first/last seen, so no mention is read.
// params: $types (list of relation type names, or null for all), $minConfidence (float or null)
// returns: many (one row per edge, ordered by edge id so exports are reproducible)
MATCH (a:Actor)-[r]->(b:Actor)
// Only the aggregated relation edges carry an id; retracted ones are hidden from every read.
WHERE r.id IS NOT NULL
  AND coalesce(r.retracted, false) = false
  AND ($types IS NULL OR type(r) IN $types)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
RETURN r.id AS id,
       type(r) AS type,
       a {.id, .name, .type, .affiliation} AS source,
       b {.id, .name, .type, .affiliation} AS target,
       r.count AS count,
       r.articleCount AS articleCount,
       r.confidence AS confidence,
       r.goldstein AS goldstein,
       r.cameo AS cameo,
       r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen
ORDER BY id
