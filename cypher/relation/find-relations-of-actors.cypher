// One keyset page of relations per anchor actor, in relation id order. Batched (one query for
// every `Actor.relations` field of a request) and used by `relations(filter: {actor|source|target})`.
// params: $anchors (list of actor ids), $direction ('OUT' | 'IN' | 'BOTH', seen from the anchor),
//         $other (actor id at the far end, or null), $actor (either end, or null), $after ('' first
//         page), $types, $minConfidence, $since, $until, $article, $limit
// returns: many {anchorId, relation}
UNWIND $anchors AS anchorId
CALL (anchorId) {
  MATCH (a:Actor {id: anchorId})-[r]-(o:Actor)
  WHERE r.id > $after
    AND type(r) IN $types
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
  // A self-relation matches twice in an undirected pattern.
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT $limit
  RETURN r
}
WITH anchorId, r, startNode(r) AS s, endNode(r) AS t
RETURN anchorId, r {.*, type: type(r), sourceId: s.id, targetId: t.id,
  source: s {.id, .name, .type, .aliases, .affiliation}, target: t {.id, .name, .type, .aliases, .affiliation},
  alleged: coalesce(r.allegedCount = r.count, false)} AS relation
ORDER BY anchorId, relation.id
