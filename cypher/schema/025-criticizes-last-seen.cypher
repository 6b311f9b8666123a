// Relation filters and "recent" orderings on CRITICIZES edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX criticizes_last_seen IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.lastSeen)
