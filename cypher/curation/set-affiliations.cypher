// Points the given actors' affiliation at another actor.
// params: $ids (list of actor ids), $affiliation (actor id)
// returns: none
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a.affiliation = $affiliation
