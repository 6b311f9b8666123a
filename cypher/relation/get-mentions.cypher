// Evidence (mentions) by id, retracted ones included; used to publish what an ingest committed.
// params: $ids (list of mention ids)
// returns: many {evidence}
UNWIND $ids AS id
MATCH (m:Mention {id: id})
RETURN m {.*} AS evidence
