// Actors by id; an id merged away resolves to the actor it was merged into (a redirect).
// params: $ids (list of actor ids)
// returns: many {id, actor}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (k:Actor {id: a.mergedInto})
WITH id, coalesce(k, a) AS a
RETURN id, a {.id, .name, .type, .aliases, .affiliation} AS actor
