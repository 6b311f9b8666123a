// Degrees count the few retracted MEETS_WITH edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX meets_with_retracted IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.retracted)
