// One ring of an ego network: the strongest edges (distinct articles, then id) from the actors of
// the previous ring, skipping actors of earlier rings (their edges are already known). With
// $within, only edges whose far end is in that list (the outer ring's own edges).
// params: $frontier (actor ids of the previous ring), $expanded (ids of earlier rings),
//         $within (list or null), $types, $minConfidence, $minWeight, $since, $until (or null), $limit
// returns: many {edge}
UNWIND $frontier AS fid
MATCH (a:Actor {id: fid})-[r]-(n:Actor)
WHERE NOT n.id IN $expanded
  AND ($within IS NULL OR n.id IN $within)
  AND type(r) IN $types
  AND coalesce(r.retracted, false) = false
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($minWeight IS NULL OR r.articleCount >= $minWeight)
  AND ($since IS NULL OR r.lastSeen >= date($since))
  AND ($until IS NULL OR r.firstSeen <= date($until))
  AND (($since IS NULL AND $until IS NULL) OR EXISTS {
    MATCH (m:Mention {relationId: r.id})
    WHERE coalesce(m.retracted, false) = false
      AND ($since IS NULL OR m.date >= date($since))
      AND ($until IS NULL OR m.date <= date($until))
  })
// An edge between two actors of the same ring is met from both ends.
WITH DISTINCT r
ORDER BY r.articleCount DESC, r.id
LIMIT $limit
RETURN r {.id, .articleCount, .count, .confidence, .goldstein, .firstSeen, .lastSeen,
  type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id} AS edge
