// Ego networks fetch the chosen CRITICIZES edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX criticizes_id IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.id)
