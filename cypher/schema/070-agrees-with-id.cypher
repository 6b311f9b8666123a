// Ego networks fetch the chosen AGREES_WITH edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX agrees_with_id IF NOT EXISTS FOR ()-[r:AGREES_WITH]-() ON (r.id)
