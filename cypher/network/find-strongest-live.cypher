// Each actor's strongest edges read from its edges (unretracted, distinct articles descending,
// then id) that pass the filters: what the stored lists hold when there is no filter. Ego networks
// use it for filtered rings and for actors whose list was never computed. The date window keeps
// edges with an unretracted mention inside it.
// params: $ids (list of actor ids), $take, $types, $minConfidence, $minWeight, $since, $until
//         (each filter null for none)
//         $retractedEnds (actor/find-retracted-ends: the actor's degree is only right with it)
// returns: many {id, ids, size, name, type, degree} (ids: the first $take; size: how many pass;
//          name, type, degree: what the actor's node in the slice shows)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(:Actor)
  WHERE type(r) IN $types
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
  WITH r ORDER BY r.articleCount DESC, r.id
  RETURN collect(r.id) AS listed
}
RETURN id, listed[0..$take] AS ids, size(listed) AS size,
  a.name AS name, a.type AS type, COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
