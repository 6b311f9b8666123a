// One keyset page of relations per article (relations with unretracted evidence in it), in
// relation id order. Batched for `Article.relations`; also serves `relations(filter: {article})`.
// params: $articles (list of article ids), $after ('' first page), $types, $minConfidence,
//         $since, $until, $actor, $limit
// returns: many {articleId, relation}
UNWIND $articles AS articleId
CALL (articleId) {
  MATCH (m:Mention {articleId: articleId})
  WHERE coalesce(m.retracted, false) = false AND m.relationId > $after AND m.type IN $types
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
  RETURN r, s, t
  ORDER BY r.id
  LIMIT $limit
}
RETURN articleId, r {.*, type: type(r), sourceId: s.id, targetId: t.id,
  alleged: coalesce(r.allegedCount = r.count, false)} AS relation
ORDER BY articleId, relation.id
