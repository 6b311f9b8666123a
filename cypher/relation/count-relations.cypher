// Number of relations over the whole graph matching the filters of find-relations.
// params: $types, $minConfidence, $since, $until, $article
// returns: one {total}
MATCH (:Actor)-[r]->(:Actor)
WHERE type(r) IN $types
  AND coalesce(r.retracted, false) = false
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($since IS NULL OR r.lastSeen >= date($since))
  AND ($until IS NULL OR r.firstSeen <= date($until))
  AND (($since IS NULL AND $until IS NULL) OR EXISTS {
    MATCH (m:Mention {relationId: r.id})
    WHERE coalesce(m.retracted, false) = false
      AND ($since IS NULL OR m.date >= date($since))
      AND ($until IS NULL OR m.date <= date($until))
  })
  AND ($article IS NULL OR EXISTS {
    MATCH (m:Mention {relationId: r.id, articleId: $article}) WHERE coalesce(m.retracted, false) = false
  })
RETURN count(r) AS total
