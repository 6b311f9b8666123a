// Withdraws one article: its evidence and the article node. The caller recomputes the aggregated
// relations that evidence supported, in the same transaction.
// params: $id (article id)
// returns: none
MATCH (a:Article {id: $id})
OPTIONAL MATCH (m:Mention {articleId: $id})
DETACH DELETE m, a
