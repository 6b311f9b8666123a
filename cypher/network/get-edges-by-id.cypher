// Aggregated edges by id, retracted ones included (the caller decides): one seek per type on the
// `*_id` relationship indexes, with the ids of that type, so an edge between two hubs costs what
// any edge costs (matching it from its ends would walk the smaller end's relationships). The ends
// are not read: the caller takes them from the id (`source|TYPE|target`).
// params: $byType (map from each of the twelve relation types to a list of relation ids)
// returns: one {ids, articleCounts, counts, confidences, goldsteins, firstSeen, lastSeen, retracted}
//          (parallel lists; days '' when unknown; ids with no edge are skipped)
CALL {
  MATCH ()-[r:MEDIATES]->() WHERE r.id IN $byType.MEDIATES RETURN r
  UNION ALL
  MATCH ()-[r:OFFERS_MEDIATION]->() WHERE r.id IN $byType.OFFERS_MEDIATION RETURN r
  UNION ALL
  MATCH ()-[r:NEGOTIATES_WITH]->() WHERE r.id IN $byType.NEGOTIATES_WITH RETURN r
  UNION ALL
  MATCH ()-[r:MEETS_WITH]->() WHERE r.id IN $byType.MEETS_WITH RETURN r
  UNION ALL
  MATCH ()-[r:ACCUSES]->() WHERE r.id IN $byType.ACCUSES RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZES]->() WHERE r.id IN $byType.CRITICIZES RETURN r
  UNION ALL
  MATCH ()-[r:DENIES]->() WHERE r.id IN $byType.DENIES RETURN r
  UNION ALL
  MATCH ()-[r:DEMANDS]->() WHERE r.id IN $byType.DEMANDS RETURN r
  UNION ALL
  MATCH ()-[r:THREATENS]->() WHERE r.id IN $byType.THREATENS RETURN r
  UNION ALL
  MATCH ()-[r:ATTACKS]->() WHERE r.id IN $byType.ATTACKS RETURN r
  UNION ALL
  MATCH ()-[r:AGREES_WITH]->() WHERE r.id IN $byType.AGREES_WITH RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTS]->() WHERE r.id IN $byType.SUPPORTS RETURN r
}
// One record of parallel lists rather than a record per edge: the same data, decoded much faster.
// collect() drops nulls, so no collected value may be null: a missing day comes back as ''.
RETURN collect(r.id) AS ids, collect(coalesce(r.articleCount, 0)) AS articleCounts, collect(coalesce(r.count, 0)) AS counts,
  collect(coalesce(r.confidence, 0.0)) AS confidences, collect(coalesce(r.goldstein, 0.0)) AS goldsteins,
  collect(coalesce(toString(r.firstSeen), '')) AS firstSeen, collect(coalesce(toString(r.lastSeen), '')) AS lastSeen,
  collect(coalesce(r.retracted, false)) AS retracted
