// Ego networks fetch the chosen MEETS_WITH edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX meets_with_id IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.id)
