// Degrees count the few retracted THREATENS edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX threatens_retracted IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.retracted)
