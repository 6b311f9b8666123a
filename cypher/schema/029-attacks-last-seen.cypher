// Relation filters and "recent" orderings on ATTACKS edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX attacks_last_seen IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.lastSeen)
