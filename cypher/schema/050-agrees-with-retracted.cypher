// Degrees count the few retracted AGREES_WITH edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX agrees_with_retracted IF NOT EXISTS FOR ()-[r:AGREES_WITH]-() ON (r.retracted)
