// Number of unretracted aggregated relations touching each actor.
// params: $ids (list of actor ids)
// returns: many {id, degree}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } AS degree
