// Actors listed by type (countries, organisations, people).
// params: none
// returns: none
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type)
