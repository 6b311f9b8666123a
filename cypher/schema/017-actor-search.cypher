// Full-text search over actor names and aliases (searchText = name + aliases).
// params: none
// returns: none
CREATE FULLTEXT INDEX actorSearch IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.searchText]
