// Degrees count the few retracted MEDIATES edges apart from Neo4j's stored degrees: an equality seek
// on retracted = true finds them without reading every edge.
// params: none
// returns: none
CREATE INDEX mediates_retracted IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.retracted)
