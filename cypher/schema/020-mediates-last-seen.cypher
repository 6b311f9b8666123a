// Relation filters and "recent" orderings on MEDIATES edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX mediates_last_seen IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.lastSeen)
