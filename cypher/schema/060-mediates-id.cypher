// Ego networks fetch the chosen MEDIATES edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX mediates_id IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.id)
