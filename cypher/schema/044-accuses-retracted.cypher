// Degrees count the few retracted ACCUSES edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX accuses_retracted IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.retracted)
