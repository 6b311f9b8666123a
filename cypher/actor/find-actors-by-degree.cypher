// One keyset page of actors in (degree descending, id) order; merged-away actors are hidden.
// params: $types, $nameContains, $minDegree (each or null), $afterDegree (null for the first
//         page), $afterId, $limit
// returns: many {actor, degree}
// Degrees: Neo4j's stored degree (no relationship read; an actor has no relationships but the
// twelve relation types) minus its retracted relations.
CALL {
  // Every retracted relation: one seek per type in the `*_retracted` indexes (retractions are rare).
  MATCH (s)-[r:MEDIATES]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:OFFERS_MEDIATION]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:NEGOTIATES_WITH]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:MEETS_WITH]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:ACCUSES]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:CRITICIZES]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:DENIES]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:DEMANDS]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:THREATENS]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:ATTACKS]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:AGREES_WITH]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
  UNION ALL
  MATCH (s)-[r:SUPPORTS]->(t) WHERE r.retracted = true RETURN s.id AS s, t.id AS t
}
// Each end once, and an actor's relation with itself once, as the stored degree counts it.
WITH collect(CASE WHEN s = t THEN [s] ELSE [s, t] END) AS ends
WITH reduce(acc = [], e IN ends | acc + e) AS retractedEnds
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
  AND ($types IS NULL OR a.type IN $types)
  AND ($nameContains IS NULL OR toLower(a.name) CONTAINS toLower($nameContains))
WITH a, (COUNT { (a)--() } - size([x IN retractedEnds WHERE x = a.id])) AS degree
WHERE ($minDegree IS NULL OR degree >= $minDegree)
  AND ($afterDegree IS NULL OR degree < $afterDegree OR (degree = $afterDegree AND a.id > $afterId))
WITH a, degree
ORDER BY degree DESC, a.id
LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor, degree
