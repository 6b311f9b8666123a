// Full-text search over actor names and aliases (index actorSearch); the caller builds the
// Lucene query from escaped terms. Merged-away actors are hidden.
// params: $query (Lucene syntax), $types (list or null), $limit
// returns: many {actor, score}
CALL db.index.fulltext.queryNodes('actorSearch', $query) YIELD node, score
WHERE node.mergedInto IS NULL AND ($types IS NULL OR node.type IN $types)
RETURN node {.id, .name, .type, .aliases, .affiliation} AS actor, score
ORDER BY score DESC, actor.id
LIMIT $limit
