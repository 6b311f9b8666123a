// Articles by id.
// params: $ids (list of article ids)
// returns: many {id, article}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .url, .title, .source, .published, .ingestedAt, .extractor} AS article
