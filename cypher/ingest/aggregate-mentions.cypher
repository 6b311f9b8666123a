// Recomputes the aggregates of relations from their remaining mentions (after an article update).
// params: $relationIds (list of `source|TYPE|target`)
// returns: many {id, count, articleCount, confidenceSum, allegedCount, firstSeen, lastSeen, claimantIds}
UNWIND $relationIds AS relationId
OPTIONAL MATCH (m:Mention {relationId: relationId})
RETURN relationId AS id,
       count(m) AS count,
       count(DISTINCT m.articleId) AS articleCount,
       coalesce(sum(m.confidence), 0.0) AS confidenceSum,
       sum(CASE WHEN m.alleged THEN 1 ELSE 0 END) AS allegedCount,
       min(m.date) AS firstSeen,
       max(m.date) AS lastSeen,
       collect(DISTINCT m.claimantId) AS claimantIds
