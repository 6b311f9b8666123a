// Articles listed or filtered by publication date.
// params: none
// returns: none
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)
