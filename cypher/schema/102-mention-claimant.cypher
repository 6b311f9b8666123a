// Range index on mention claimants: merging actors rewrites the mentions an actor claimed.
// params: none
// returns: none
CREATE INDEX mention_claimant_id IF NOT EXISTS FOR (m:Mention) ON (m.claimantId)
