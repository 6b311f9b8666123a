// Relation filters and "recent" orderings on THREATENS edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX threatens_last_seen IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.lastSeen)
