// Article ids are stable (given, from the URL or the content hash): re-ingesting finds the same node.
// params: none
// returns: none
CREATE CONSTRAINT article_id_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE
