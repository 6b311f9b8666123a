// Number of relations per anchor actor matching the filters of find-relations-of-actors.
// params: $anchors, $direction, $other, $actor, $types, $minConfidence, $since, $until, $article
// returns: many {anchorId, total}
UNWIND $anchors AS anchorId
CALL (anchorId) {
  MATCH (a:Actor {id: anchorId})-[r]-(o:Actor)
  WHERE type(r) IN $types
    AND coalesce(r.retracted, false) = false
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
    AND ($other IS NULL OR o.id = $other)
    AND ($actor IS NULL OR a.id = $actor OR o.id = $actor)
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
  RETURN count(DISTINCT r) AS total
}
RETURN anchorId, total
