// Totals inside a date window: articles published in it, evidence dated in it, and the relations
// and actors that evidence involves.
// params: $since, $until (ISO dates, either may be null but not both)
// returns: one {actors, articles, relations, evidence}
CALL () {
  MATCH (a:Article)
  WHERE ($since IS NULL OR a.published >= date($since)) AND ($until IS NULL OR a.published <= date($until))
  RETURN count(a) AS articles
}
CALL () {
  MATCH (m:Mention)
  WHERE ($since IS NULL OR m.date >= date($since)) AND ($until IS NULL OR m.date <= date($until))
    AND coalesce(m.retracted, false) = false
  UNWIND [m.sourceId, m.targetId] AS actorId
  RETURN count(DISTINCT m) AS evidence, count(DISTINCT m.relationId) AS relations, count(DISTINCT actorId) AS actors
}
RETURN actors, articles, relations, evidence
