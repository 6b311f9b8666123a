// The stored content hash and extractor fingerprint of each given article id that exists: tells
// NEW, UPDATED and UNCHANGED apart (extractor is null on articles written before it was stored).
// params: $ids (list of article ids)
// returns: many {id, contentHash, extractor}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.extractor AS extractor
