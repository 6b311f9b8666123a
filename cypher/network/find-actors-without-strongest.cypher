// Actors whose list of strongest edges was never computed, or lacks what an ego network shows
// of each edge (`strongestMeta`): written before the lists, or before the lists held it.
// params: $limit
// returns: many {id}
MATCH (a:Actor)
WHERE a.strongestSize IS NULL OR a.strongestMeta IS NULL
RETURN a.id AS id
LIMIT $limit
