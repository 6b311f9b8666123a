// Relation filters and "recent" orderings on NEGOTIATES_WITH edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX negotiates_with_last_seen IF NOT EXISTS FOR ()-[r:NEGOTIATES_WITH]-() ON (r.lastSeen)
