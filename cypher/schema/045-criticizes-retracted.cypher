// Degrees count the few retracted CRITICIZES edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX criticizes_retracted IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.retracted)
