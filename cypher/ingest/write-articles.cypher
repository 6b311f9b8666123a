// Writes each new or updated article and creates its mentions. Mentions are CREATEd, not MERGEd:
// the caller has deleted an updated article's old mentions in the same transaction, and the
// uniqueness constraint on Mention.id turns a race between two loaders into an error, never a
// duplicate.
// params: $articles (list of {id, url, title, source, published (YYYY-MM-DD or null), contentHash,
//         text, mentions: list of {id, relationId, type, sourceId, targetId, date, evidence, start,
//         end, confidence, claimantId, alleged, cameo, goldstein, retracted}})
// returns: none
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url,
    a.title = row.title,
    a.source = row.source,
    a.published = date(row.published),
    a.contentHash = row.contentHash,
    a.text = row.text,
    a.mentionCount = size(row.mentions),
    a.ingestedAt = datetime()
WITH a, row
UNWIND row.mentions AS mention
CREATE (m:Mention)-[:IN_ARTICLE]->(a)
SET m = mention, m.articleId = row.id, m.date = date(mention.date)
