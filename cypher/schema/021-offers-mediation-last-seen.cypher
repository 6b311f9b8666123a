// Relation filters and "recent" orderings on OFFERS_MEDIATION edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX offers_mediation_last_seen IF NOT EXISTS FOR ()-[r:OFFERS_MEDIATION]-() ON (r.lastSeen)
