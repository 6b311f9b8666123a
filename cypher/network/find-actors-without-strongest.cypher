// Actors whose list of strongest edges was never computed (written before the lists existed).
// params: $limit
// returns: many {id}
MATCH (a:Actor)
WHERE a.strongestSize IS NULL
RETURN a.id AS id
LIMIT $limit
