// Ego networks fetch the chosen OFFERS_MEDIATION edges by id (one index seek each, whatever the ends' degrees).
// params: none
// returns: none
CREATE INDEX offers_mediation_id IF NOT EXISTS FOR ()-[r:OFFERS_MEDIATION]-() ON (r.id)
