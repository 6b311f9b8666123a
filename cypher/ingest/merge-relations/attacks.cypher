// Adds a batch's evidence to the aggregated ATTACKS edges, one edge per (source, target).
// One file per relation type, because the type must be static: Neo4j 5.26 plans MERGE with a
// dynamic type `$(row.type)` as a scan of every relationship in the database, and a single
// query with a FOREACH branch per type took up to 1.5 s to plan (and is replanned as the graph
// grows), against milliseconds for this one. All twelve files are identical but for the type.
// With `reset` the row holds the edge's full recomputed aggregates (after an article update) and
// replaces the stored ones; otherwise it is added. ON MATCH reads each property it updates in
// its own expression, so Cypher write-locks the edge before reading and concurrent increments
// add up. `confidence` comes first: it reads the counters before they are updated. Everything is
// in the MERGE's ON CREATE / ON MATCH, so the plan needs no Eager (a full materialisation).
// params: $relations (list of {id, sourceId, targetId, reset, count, articleCount, confidenceSum,
//         allegedCount, firstSeen, lastSeen (DATE or null), claimantIds, cameo, goldstein}),
//         rows of this type only, sorted by id
// returns: many {id, articleCount, count, confidence, goldstein, firstSeen, lastSeen, retracted}
//          (the edge as written, for the lists of strongest edges)
UNWIND $relations AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
MERGE (s)-[e:ATTACKS]->(t)
ON CREATE SET
  e.id = row.id,
  e.cameo = row.cameo,
  e.goldstein = row.goldstein,
  e.retracted = false,
  e.confidence = row.confidenceSum / row.count,
  e.count = row.count,
  e.articleCount = row.articleCount,
  e.confidenceSum = row.confidenceSum,
  e.allegedCount = row.allegedCount,
  e.firstSeen = row.firstSeen,
  e.lastSeen = row.lastSeen,
  e.claimantIds = row.claimantIds
ON MATCH SET
  e.confidence = CASE WHEN row.reset THEN row.confidenceSum / row.count
    ELSE (e.confidenceSum + row.confidenceSum) / (e.count + row.count) END,
  e.count = CASE WHEN row.reset THEN row.count ELSE e.count + row.count END,
  e.articleCount = CASE WHEN row.reset THEN row.articleCount ELSE e.articleCount + row.articleCount END,
  e.confidenceSum = CASE WHEN row.reset THEN row.confidenceSum ELSE e.confidenceSum + row.confidenceSum END,
  e.allegedCount = CASE WHEN row.reset THEN row.allegedCount ELSE e.allegedCount + row.allegedCount END,
  e.firstSeen = CASE WHEN row.reset OR e.firstSeen IS NULL OR row.firstSeen < e.firstSeen THEN row.firstSeen
    ELSE e.firstSeen END,
  e.lastSeen = CASE WHEN row.reset OR e.lastSeen IS NULL OR row.lastSeen > e.lastSeen THEN row.lastSeen
    ELSE e.lastSeen END,
  e.claimantIds = CASE WHEN row.reset THEN row.claimantIds
    ELSE e.claimantIds + [c IN row.claimantIds WHERE NOT c IN e.claimantIds] END
RETURN e.id AS id, e.articleCount AS articleCount, e.count AS count, e.confidence AS confidence,
  e.goldstein AS goldstein, toString(e.firstSeen) AS firstSeen, toString(e.lastSeen) AS lastSeen,
  coalesce(e.retracted, false) AS retracted
