// Degrees count the few retracted OFFERS_MEDIATION edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX offers_mediation_retracted IF NOT EXISTS FOR ()-[r:OFFERS_MEDIATION]-() ON (r.retracted)
