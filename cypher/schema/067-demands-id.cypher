// Ego networks fetch the chosen DEMANDS edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX demands_id IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.id)
