// The actors of a graph slice with their degrees (unretracted relations).
// params: $ids (list of actor ids)
// returns: many {actor, degree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor,
       COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } AS degree
