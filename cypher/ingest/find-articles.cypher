// The stored content hash of each given article id that exists: tells NEW, UPDATED and UNCHANGED apart.
// params: $ids (list of article ids)
// returns: many {id, contentHash}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
