// Relations per type with unretracted evidence dated inside the window.
// params: $since, $until (either may be null but not both)
// returns: many {type, count}
MATCH (m:Mention)
WHERE ($since IS NULL OR m.date >= date($since)) AND ($until IS NULL OR m.date <= date($until))
  AND coalesce(m.retracted, false) = false
RETURN m.type AS type, count(DISTINCT m.relationId) AS count
ORDER BY count DESC, type
