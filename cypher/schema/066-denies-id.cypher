// Ego networks fetch the chosen DENIES edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX denies_id IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.id)
