// Degrees count the few retracted DENIES edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX denies_retracted IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.retracted)
