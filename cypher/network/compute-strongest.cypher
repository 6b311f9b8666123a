// Each actor's strongest edges read from all its edges: up to $size unretracted edges, distinct
// articles descending, then id, with what an ego network shows of each (the caller formats and
// stores them with network/set-strongest). Reads every edge of the actor: for writes that may
// have weakened a listed edge, and for actors whose list was never computed.
// params: $ids (list of actor ids), $size
// returns: many {id, edges} (edges: list of {id, articleCount, count, confidence, goldstein,
//          firstSeen, lastSeen}, dates as YYYY-MM-DD strings or null)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(:Actor)
  WHERE coalesce(r.retracted, false) = false
  WITH r ORDER BY r.articleCount DESC, r.id
  LIMIT $size
  RETURN collect(r {.id, .articleCount, .count, .confidence, .goldstein,
    firstSeen: toString(r.firstSeen), lastSeen: toString(r.lastSeen)}) AS edges
}
RETURN id, edges
