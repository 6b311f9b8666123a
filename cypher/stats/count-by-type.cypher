// Unretracted relations per type over the whole graph.
// params: none
// returns: many {type, count}
MATCH (:Actor)-[r]->(:Actor)
WHERE coalesce(r.retracted, false) = false
RETURN type(r) AS type, count(r) AS count
ORDER BY count DESC, type
