// Sets an actor's aliases (and the full-text searchText derived from them) and its redirect.
// params: $id, $aliases (list), $mergedInto (actor id or null)
// returns: one {actor}
MATCH (a:Actor {id: $id})
SET a.aliases = $aliases,
    a.searchText = reduce(text = a.name, alias IN $aliases | text + ' ' + alias),
    a.mergedInto = $mergedInto
RETURN a {.id, .name, .type, .aliases, .affiliation} AS actor
