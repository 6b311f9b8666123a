// The visible actors with the most unretracted relations.
// params: $top
// returns: many {actor, degree}
MATCH (a:Actor)
WHERE a.mergedInto IS NULL
WITH a, COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } AS degree
WHERE degree > 0
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor, degree
ORDER BY degree DESC, actor.id
LIMIT $top
