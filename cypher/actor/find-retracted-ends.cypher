// The ends of every retracted relation, for degrees computed as Neo4j's stored degree (no
// relationship read; an actor has no relationships but the twelve relation types) minus the
// actor's retracted relations: pass the list as $retractedEnds.
// params: none
// returns: one {retractedEnds} (an actor id per end; a relation of an actor with itself once, as
//          the stored degree counts it)
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
RETURN retractedEnds
