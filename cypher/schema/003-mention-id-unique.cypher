// Mention ids hash (article, type, source, target, offsets): two loaders racing on one article
// fail on this constraint instead of duplicating evidence.
// params: none
// returns: none
CREATE CONSTRAINT mention_id_unique IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE
