// Relations over the whole graph, one keyset page in (source id, relation id) order. The scan
// walks actors in id order through the Actor.id index, so LIMIT stops it early.
// params: $afterSource (string, '' for the first page), $after (relation id, '' first page),
//         $types (list of relation types), $minConfidence, $since, $until, $article (or null),
//         $actor, $source, $target (or null: anchored pages use find-relations-of-actors), $limit
// returns: many {relation}
MATCH (s:Actor)-[r]->(t:Actor)
WHERE s.id >= $afterSource
  AND (s.id > $afterSource OR r.id > $after)
  AND type(r) IN $types
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
WITH s, r, t
ORDER BY s.id, r.id
LIMIT $limit
RETURN r {.*, type: type(r), sourceId: s.id, targetId: t.id,
  source: s {.id, .name, .type, .aliases, .affiliation}, target: t {.id, .name, .type, .aliases, .affiliation},
  alleged: coalesce(r.allegedCount = r.count, false)} AS relation
