// Every mention an actor takes part in: as an end of one of its relations (retracted or not) or
// as the claimant. Snapshot rows for a merge (and for reverting it).
// params: $id (actor id)
// returns: many {mention}
CALL (){
  MATCH (:Actor {id: $id})-[r]-(:Actor)
  WITH DISTINCT r.id AS rid
  MATCH (m:Mention {relationId: rid})
  RETURN m
  UNION
  MATCH (m:Mention {claimantId: $id})
  RETURN m
}
RETURN m {.id, .relationId, .type, .sourceId, .targetId, .claimantId, retracted: coalesce(m.retracted, false)} AS mention
