// Ego networks fetch the chosen NEGOTIATES_WITH edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX negotiates_with_id IF NOT EXISTS FOR ()-[r:NEGOTIATES_WITH]-() ON (r.id)
