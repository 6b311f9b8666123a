// The unretracted evidence of each article, in text order.
// params: $articleIds (list), $limit (per article)
// returns: many {articleId, evidence}
UNWIND $articleIds AS aid
CALL (aid) {
  MATCH (m:Mention {articleId: aid})
  WHERE coalesce(m.retracted, false) = false
  RETURN m
  ORDER BY m.start, m.id
  LIMIT $limit
}
RETURN aid AS articleId, m {.*} AS evidence
