// Ego networks fetch the chosen ATTACKS edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX attacks_id IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.id)
