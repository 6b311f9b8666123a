// Range index on actor names: `actors(sort: NAME)` pages in (name, id) order from it.
// params: none
// returns: none
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)
