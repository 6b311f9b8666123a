// Ego networks fetch the chosen ACCUSES edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX accuses_id IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.id)
