// Removes every mention of the given (updated) articles before their new mentions are written, and
// returns the aggregated relations they fed (to be recomputed) and the ids of retracted mentions
// (so a curator's retraction survives re-ingestion of the same sentence).
// params: $articleIds (list of article ids)
// returns: one {relations: list of {id, type, sourceId, targetId}, retractedIds: list of mention ids}
UNWIND $articleIds AS articleId
MATCH (m:Mention {articleId: articleId})
WITH m, {id: m.relationId, type: m.type, sourceId: m.sourceId, targetId: m.targetId} AS relation,
     CASE WHEN m.retracted THEN m.id END AS retractedId
DETACH DELETE m
RETURN collect(DISTINCT relation) AS relations, collect(retractedId) AS retractedIds
