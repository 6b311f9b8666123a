// Whole-graph totals: visible actors, articles, unretracted relations and evidence.
// params: none
// returns: one {actors, articles, relations, evidence}
CALL () { MATCH (a:Actor) WHERE a.mergedInto IS NULL RETURN count(a) AS actors }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (:Actor)-[r]->(:Actor) WHERE coalesce(r.retracted, false) = false RETURN count(r) AS relations }
CALL () { MATCH (m:Mention) WHERE coalesce(m.retracted, false) = false RETURN count(m) AS evidence }
RETURN actors, articles, relations, evidence
