// Relation filters and "recent" orderings on DEMANDS edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX demands_last_seen IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.lastSeen)
