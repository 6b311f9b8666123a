// Relation filters and "recent" orderings on DENIES edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX denies_last_seen IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.lastSeen)
