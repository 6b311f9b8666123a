// The actors touching the most relations with unretracted evidence dated inside the window.
// params: $since, $until (either may be null but not both), $top
// returns: many {actor, degree}
MATCH (m:Mention)
WHERE ($since IS NULL OR m.date >= date($since)) AND ($until IS NULL OR m.date <= date($until))
  AND coalesce(m.retracted, false) = false
UNWIND [m.sourceId, m.targetId] AS actorId
WITH actorId, count(DISTINCT m.relationId) AS degree
ORDER BY degree DESC, actorId
LIMIT $top
MATCH (a:Actor {id: actorId})
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor, degree
ORDER BY degree DESC, actor.id
