// Ego networks fetch the chosen THREATENS edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX threatens_id IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.id)
