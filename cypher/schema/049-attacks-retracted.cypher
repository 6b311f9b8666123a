// Degrees count the few retracted ATTACKS edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX attacks_retracted IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.retracted)
