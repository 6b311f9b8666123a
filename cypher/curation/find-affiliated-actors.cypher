// The actors affiliated with an actor (an official's government …).
// params: $id (actor id)
// returns: many {id}
MATCH (a:Actor)
WHERE a.affiliation = $id
RETURN a.id AS id
