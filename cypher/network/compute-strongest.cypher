// Recomputes each actor's stored list of strongest edges from its edges: `strongest` (ids of up
// to $size unretracted edges, distinct articles descending, then id), `strongestCounts` (their
// distinct-article counts, as floats: the write path updates the list from them without building
// integer objects),
// `strongestHead` (its first $headSize ids) and `strongestSize`. Reads every edge of the actor:
// for writes that may have weakened a listed edge, and for actors that have no list yet.
// params: $ids (list of actor ids), $size, $headSize
// returns: none
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(:Actor)
  WHERE coalesce(r.retracted, false) = false
  WITH r ORDER BY r.articleCount DESC, r.id
  LIMIT $size
  RETURN collect(r.id) AS ids, collect(toFloat(r.articleCount)) AS counts
}
SET a.strongest = ids, a.strongestCounts = counts, a.strongestHead = ids[0..$headSize],
  a.strongestSize = size(ids)
