// Number of relations per article matching the filters of find-relations-in-articles.
// params: $articles, $types, $minConfidence, $since, $until, $actor
// returns: many {articleId, total}
UNWIND $articles AS articleId
CALL (articleId) {
  MATCH (m:Mention {articleId: articleId})
  WHERE coalesce(m.retracted, false) = false AND m.type IN $types
  WITH DISTINCT m.relationId AS rid, m.sourceId AS sid, m.targetId AS tid
  MATCH (s:Actor {id: sid})-[r]->(t:Actor {id: tid})
  WHERE r.id = rid
    AND coalesce(r.retracted, false) = false
    AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND ($since IS NULL OR r.lastSeen >= date($since))
    AND ($until IS NULL OR r.firstSeen <= date($until))
    AND (($since IS NULL AND $until IS NULL) OR EXISTS {
      MATCH (e:Mention {relationId: r.id})
      WHERE coalesce(e.retracted, false) = false
        AND ($since IS NULL OR e.date >= date($since))
        AND ($until IS NULL OR e.date <= date($until))
    })
  RETURN count(r) AS total
}
RETURN articleId, total
