// The stored version of one article (what an audited ingest records, so that a revert can put it
// back), with the keys of the relations its evidence supports.
// params: $id (article id)
// returns: one {article, relations} or none
MATCH (a:Article {id: $id})
OPTIONAL MATCH (m:Mention {articleId: $id})
WITH a, collect(DISTINCT m {.relationId, .type, .sourceId, .targetId}) AS relations
RETURN a {.id, .title, .url, .source, published: toString(a.published), .text, .contentHash} AS article, relations
