// Degrees count the few retracted NEGOTIATES_WITH edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX negotiates_with_retracted IF NOT EXISTS FOR ()-[r:NEGOTIATES_WITH]-() ON (r.retracted)
