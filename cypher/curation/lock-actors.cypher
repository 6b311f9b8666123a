// Write-locks actors (in id order, so concurrent curators lock alike) and returns their properties:
// a curation change reads what it is about to rewrite under that lock.
// params: $ids (list of actor ids, sorted)
// returns: many {actor}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a._lock = true
REMOVE a._lock
RETURN a {.id, .name, .type, .aliases, .affiliation, .mergedInto} AS actor
