// Relation filters and "recent" orderings on AGREES_WITH edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX agrees_with_last_seen IF NOT EXISTS FOR ()-[r:AGREES_WITH]-() ON (r.lastSeen)
