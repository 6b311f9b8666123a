// The strongest unretracted evidence of each relation: most confident first, then newest.
// params: $relationIds (list), $limit (per relation)
// returns: many {relationId, evidence}
UNWIND $relationIds AS rid
CALL (rid) {
  MATCH (m:Mention {relationId: rid})
  WHERE coalesce(m.retracted, false) = false
  RETURN m
  ORDER BY m.confidence DESC, m.date DESC, m.id
  LIMIT $limit
}
RETURN rid AS relationId, m {.*} AS evidence
