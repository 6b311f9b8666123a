// Evidence of one aggregated relation, and the recomputation of an edge after an article update.
// params: none
// returns: none
CREATE INDEX mention_relation_id IF NOT EXISTS FOR (m:Mention) ON (m.relationId)
