// Aggregated edges by id, retracted ones included (the caller decides): one index seek per id on
// the `*_id` relationship index of its type, so an edge between two hubs costs what any edge
// costs (matching it from its ends would walk the smaller end's relationships). The type is the
// id's middle part; each branch answers only for its own type.
// params: $ids (list of relation ids `source|TYPE|target`)
// returns: many {edge} (ids with no edge are skipped)
UNWIND $ids AS rid
WITH rid, split(rid, '|')[1] AS type
CALL (rid, type) {
  MATCH ()-[r:MEDIATES {id: rid}]->() WHERE type = 'MEDIATES' RETURN r
  UNION ALL
  MATCH ()-[r:OFFERS_MEDIATION {id: rid}]->() WHERE type = 'OFFERS_MEDIATION' RETURN r
  UNION ALL
  MATCH ()-[r:NEGOTIATES_WITH {id: rid}]->() WHERE type = 'NEGOTIATES_WITH' RETURN r
  UNION ALL
  MATCH ()-[r:MEETS_WITH {id: rid}]->() WHERE type = 'MEETS_WITH' RETURN r
  UNION ALL
  MATCH ()-[r:ACCUSES {id: rid}]->() WHERE type = 'ACCUSES' RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZES {id: rid}]->() WHERE type = 'CRITICIZES' RETURN r
  UNION ALL
  MATCH ()-[r:DENIES {id: rid}]->() WHERE type = 'DENIES' RETURN r
  UNION ALL
  MATCH ()-[r:DEMANDS {id: rid}]->() WHERE type = 'DEMANDS' RETURN r
  UNION ALL
  MATCH ()-[r:THREATENS {id: rid}]->() WHERE type = 'THREATENS' RETURN r
  UNION ALL
  MATCH ()-[r:ATTACKS {id: rid}]->() WHERE type = 'ATTACKS' RETURN r
  UNION ALL
  MATCH ()-[r:AGREES_WITH {id: rid}]->() WHERE type = 'AGREES_WITH' RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTS {id: rid}]->() WHERE type = 'SUPPORTS' RETURN r
}
RETURN r {.id, .articleCount, .count, .confidence, .goldstein, .firstSeen, .lastSeen,
  retracted: coalesce(r.retracted, false), type: type(r), sourceId: startNode(r).id,
  targetId: endNode(r).id} AS edge
