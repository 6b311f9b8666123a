// Degrees count the few retracted SUPPORTS edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX supports_retracted IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.retracted)
