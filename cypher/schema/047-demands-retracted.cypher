// Degrees count the few retracted DEMANDS edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX demands_retracted IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.retracted)
