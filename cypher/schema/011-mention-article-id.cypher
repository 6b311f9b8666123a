// All mentions of one article: replaced together when the article changes.
// params: none
// returns: none
CREATE INDEX mention_article_id IF NOT EXISTS FOR (m:Mention) ON (m.articleId)
