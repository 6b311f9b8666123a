// Actor ids are canonical slugs: one node per real-world actor, MERGE key of every write.
// params: none
// returns: none
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE
