// Writes each new or updated article and creates its mentions. Mentions are CREATEd, not MERGEd:
// the caller has deleted an updated article's old mentions in the same transaction, and the
// uniqueness constraint on Mention.id turns a race between two loaders into an error, never a
// duplicate. Properties are written inline in CREATE (no SET after it), so the plan has no Eager.
// params: $articles (list of {id, url, title, source, published (DATE or null), contentHash, extractor, text,
//         mentions: list of {id, relationId, type, sourceId, targetId, date (DATE or null),
//         evidence, start, end, confidence, claimantId, alleged, cameo, goldstein, retracted}})
// returns: none
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url,
    a.title = row.title,
    a.source = row.source,
    a.published = row.published,
    a.contentHash = row.contentHash,
    a.extractor = row.extractor,
    a.text = row.text,
    a.mentionCount = size(row.mentions),
    a.ingestedAt = datetime()
WITH a, row
UNWIND row.mentions AS mention
CREATE (m:Mention {
  id: mention.id,
  relationId: mention.relationId,
  articleId: row.id,
  type: mention.type,
  sourceId: mention.sourceId,
  targetId: mention.targetId,
  date: mention.date,
  evidence: mention.evidence,
  start: mention.start,
  end: mention.end,
  confidence: mention.confidence,
  claimantId: mention.claimantId,
  alleged: mention.alleged,
  cameo: mention.cameo,
  goldstein: mention.goldstein,
  retracted: mention.retracted
})-[:IN_ARTICLE]->(a)
