// Finding an article by the hash of its text (duplicate detection across ids).
// params: none
// returns: none
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)
