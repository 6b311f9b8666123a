// Adds a batch's evidence to the aggregated actor-to-actor edges, one edge per (source, type,
// target). Neo4j 5.26 plans MERGE with a dynamic type `$(row.type)` as a scan of every relationship
// in the database, so each type has its own FOREACH branch with a static type, which plans as an
// expand between the two bound actors. Rows are pre-aggregated per edge by the caller.
// With `reset` the row holds the edge's full recomputed aggregates (after an article update) and
// replaces the stored ones; otherwise it is added. Each SET reads the property it updates in its
// own expression, so Cypher write-locks the edge before reading and concurrent increments add up.
// params: $relations (list of {id, type, sourceId, targetId, reset, count, articleCount,
//         confidenceSum, allegedCount, firstSeen, lastSeen (YYYY-MM-DD or null), claimantIds,
//         initial: {id, cameo, goldstein, count: 0, articleCount: 0, confidenceSum: 0.0,
//         allegedCount: 0, claimantIds: [], retracted: false}}), sorted by id
// returns: none
UNWIND $relations AS row
MATCH (s:Actor {id: row.sourceId})
MATCH (t:Actor {id: row.targetId})
FOREACH (_ IN CASE WHEN row.type = 'MEDIATES' THEN [1] ELSE [] END | MERGE (s)-[e:MEDIATES]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'OFFERS_MEDIATION' THEN [1] ELSE [] END | MERGE (s)-[e:OFFERS_MEDIATION]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'NEGOTIATES_WITH' THEN [1] ELSE [] END | MERGE (s)-[e:NEGOTIATES_WITH]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'MEETS_WITH' THEN [1] ELSE [] END | MERGE (s)-[e:MEETS_WITH]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'ACCUSES' THEN [1] ELSE [] END | MERGE (s)-[e:ACCUSES]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'CRITICIZES' THEN [1] ELSE [] END | MERGE (s)-[e:CRITICIZES]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'DENIES' THEN [1] ELSE [] END | MERGE (s)-[e:DENIES]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'DEMANDS' THEN [1] ELSE [] END | MERGE (s)-[e:DEMANDS]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'THREATENS' THEN [1] ELSE [] END | MERGE (s)-[e:THREATENS]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'ATTACKS' THEN [1] ELSE [] END | MERGE (s)-[e:ATTACKS]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'AGREES_WITH' THEN [1] ELSE [] END | MERGE (s)-[e:AGREES_WITH]->(t) ON CREATE SET e += row.initial)
FOREACH (_ IN CASE WHEN row.type = 'SUPPORTS' THEN [1] ELSE [] END | MERGE (s)-[e:SUPPORTS]->(t) ON CREATE SET e += row.initial)
WITH s, t, row
// Exactly one edge of this type between the two: the MERGE above created it or found it.
MATCH (s)-[e]->(t)
WHERE type(e) = row.type
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
