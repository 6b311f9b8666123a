// Relations with evidence dated inside a window, one keyset page in (source id, relation id) order.
// Starts from the evidence through the Mention(type, date) index, because the window is what
// selects: walking actors in id order (find-relations) expands every relationship of the first
// actors and probes their mentions one by one, ~1 s on a 1M-relation graph for a 90-day window.
// The mentions carry source and relation ids, so the page is ordered before any edge is touched,
// and only the page's edges are read.
// params: $afterSource, $after ('' for the first page), $types, $minConfidence, $since, $until
//         (ISO dates, both set), $limit
// returns: many {relation}
MATCH (m:Mention)
WHERE m.type IN $types
  AND m.date >= date($since) AND m.date <= date($until)
  AND coalesce(m.retracted, false) = false
WITH DISTINCT m.sourceId AS sid, m.relationId AS rid, m.targetId AS tid
WHERE sid >= $afterSource AND (sid > $afterSource OR rid > $after)
WITH sid, rid, tid
ORDER BY sid, rid
// Apply keeps the order of its input, so the planner needs no second sort and LIMIT stops the
// edge lookups once the page is full.
CALL (sid, rid, tid) {
  MATCH (s:Actor {id: sid})-[r]->(t:Actor {id: tid})
  WHERE r.id = rid
    AND coalesce(r.retracted, false) = false
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN s, r, t
}
WITH sid, rid, tid, s, r, t
ORDER BY sid, rid
LIMIT $limit
RETURN r {.*, type: type(r), sourceId: sid, targetId: tid,
  source: s {.id, .name, .type, .aliases, .affiliation}, target: t {.id, .name, .type, .aliases, .affiliation},
  alleged: coalesce(r.allegedCount = r.count, false)} AS relation
