// Relation filters and "recent" orderings on ACCUSES edges read lastSeen without touching mentions.
// params: none
// returns: none
CREATE INDEX accuses_last_seen IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.lastSeen)
