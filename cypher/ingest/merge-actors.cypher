// Creates missing actors and folds new names into existing ones: the first non-empty name and type
// win, every other name seen becomes an alias, an unknown affiliation is filled in. Rows whose actor
// already holds everything are filtered out before SET, so popular actors are not rewritten (and
// not write-locked) by every batch. Each SET reads the properties it depends on inside its own
// expression, which makes Cypher take the write lock before reading: concurrent loaders cannot
// lose each other's aliases.
// params: $actors (list of {id, name, type, names: [name, ...aliases], affiliation}), sorted by id
//         so concurrent loaders lock actors in the same order
// returns: none
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.type = row.type, a.aliases = [], a.affiliation = row.affiliation
WITH a, row
WHERE a.searchText IS NULL OR coalesce(a.name, '') = '' OR a.type IS NULL
   OR (a.affiliation IS NULL AND row.affiliation IS NOT NULL)
   OR any(x IN row.names WHERE x <> a.name AND NOT x IN coalesce(a.aliases, []))
SET a.name = CASE WHEN coalesce(a.name, '') = '' THEN row.name ELSE a.name END,
    a.type = coalesce(a.type, row.type),
    a.affiliation = coalesce(a.affiliation, row.affiliation)
SET a.aliases = coalesce(a.aliases, []) + [x IN row.names WHERE x <> a.name AND NOT x IN coalesce(a.aliases, [])]
SET a.searchText = reduce(text = a.name, alias IN a.aliases | text + ' ' + alias)
