// Relation filters and "recent" orderings on MEETS_WITH edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX meets_with_last_seen IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.lastSeen)
