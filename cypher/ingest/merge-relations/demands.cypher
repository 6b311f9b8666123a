// Adds a batch's evidence to the aggregated DEMANDS edges, one edge per (source, target).
// One file per relation type, because the type must be static: Neo4j 5.26 plans MERGE with a
// dynamic type `$(row.type)` as a scan of every relationship in the database, and a single
// query with a FOREACH branch per type took up to 1.5 s to plan (and is replanned as the graph
// grows), against milliseconds for this one. All twelve files are identical but for the type.
// With `reset` the row holds the edge's full recomputed aggregates (after an article update) and
// replaces the stored ones; otherwise it is added. Each SET reads the property it updates in its
// own expression, so Cypher write-locks the edge before reading and concurrent increments add up.
// params: $relations (list of {id, sourceId, targetId, reset, count, articleCount, confidenceSum,
//         allegedCount, firstSeen, lastSeen (YYYY-MM-DD or null), claimantIds, initial: {id, cameo,
//         goldstein, count: 0, articleCount: 0, confidenceSum: 0.0, allegedCount: 0,
//         claimantIds: [], retracted: false}}), rows of this type only, sorted by id
// returns: none
UNWIND $relations AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
MERGE (s)-[e:DEMANDS]->(t)
ON CREATE SET e += row.initial
SET e.count = CASE WHEN row.reset THEN 0 ELSE e.count END + row.count,
    e.articleCount = CASE WHEN row.reset THEN 0 ELSE e.articleCount END + row.articleCount,
    e.confidenceSum = CASE WHEN row.reset THEN 0.0 ELSE e.confidenceSum END + row.confidenceSum,
    e.allegedCount = CASE WHEN row.reset THEN 0 ELSE e.allegedCount END + row.allegedCount,
    e.firstSeen = CASE
      WHEN row.reset OR e.firstSeen IS NULL OR date(row.firstSeen) < e.firstSeen THEN date(row.firstSeen)
      ELSE e.firstSeen END,
    e.lastSeen = CASE
      WHEN row.reset OR e.lastSeen IS NULL OR date(row.lastSeen) > e.lastSeen THEN date(row.lastSeen)
      ELSE e.lastSeen END,
    e.claimantIds = CASE WHEN row.reset THEN row.claimantIds
      ELSE e.claimantIds + [c IN row.claimantIds WHERE NOT c IN e.claimantIds] END
SET e.confidence = e.confidenceSum / e.count
