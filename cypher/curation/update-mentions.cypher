// Rewrites the ends, relation, claimant and retraction of mentions (a merge, or its revert).
// Mentions deleted since (their article was re-ingested) are skipped.
// params: $mentions (list of {id, relationId, sourceId, targetId, claimantId, retracted})
// returns: none
UNWIND $mentions AS row
MATCH (m:Mention {id: row.id})
SET m.relationId = row.relationId,
    m.sourceId = row.sourceId,
    m.targetId = row.targetId,
    m.claimantId = row.claimantId,
    m.retracted = row.retracted
