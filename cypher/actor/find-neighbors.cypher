// Actors directly related to each anchor, strongest first: weight is the number of distinct
// articles with unretracted evidence (inside the date window, if any) over all the relations
// between the two. Batched over anchors for `Actor.neighbors`.
// params: $anchors (list of actor ids), $direction ('OUT' | 'IN' | 'BOTH'), $types,
//         $minConfidence, $since, $until (each or null), $limit (per anchor)
// returns: many {anchorId, actor, weight, types}
UNWIND $anchors AS anchorId
CALL (anchorId) {
  MATCH (a:Actor {id: anchorId})-[r]-(o:Actor)
  WHERE o <> a
    AND type(r) IN $types
    AND coalesce(r.retracted, false) = false
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND ($since IS NULL OR r.lastSeen >= date($since))
    AND ($until IS NULL OR r.firstSeen <= date($until))
  WITH o, collect(r.id) AS rids, collect(DISTINCT type(r)) AS types
  CALL (rids) {
    UNWIND rids AS rid
    MATCH (m:Mention {relationId: rid})
    WHERE coalesce(m.retracted, false) = false
      AND ($since IS NULL OR m.date >= date($since))
      AND ($until IS NULL OR m.date <= date($until))
    RETURN count(DISTINCT m.articleId) AS weight
  }
  WITH o, types, weight
  WHERE weight > 0
  RETURN o, types, weight
  ORDER BY weight DESC, o.id
  LIMIT $limit
}
RETURN anchorId, o {.id, .name, .type, .aliases, .affiliation} AS actor, weight, types
ORDER BY anchorId, weight DESC, actor.id
