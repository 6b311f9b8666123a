// Ego networks fetch the chosen SUPPORTS edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id)
