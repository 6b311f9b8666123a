// Relation filters and "recent" orderings on SUPPORTS edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX supports_last_seen IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.lastSeen)
