// The head of each actor's stored list of strongest edges (`strongest`, kept by the write path:
// unretracted edges by distinct articles descending, then id): its first $take ids, from the
// short `strongestHead` copy when that holds them, so a hub's long list is read only when needed.
// `ids` is null for an actor whose list was never computed (the caller reads its edges instead).
// params: $ids (list of actor ids), $take, $headSize (length of `strongestHead`)
// returns: many {id, ids, size} (unknown actors skipped; size: the list's full length)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  CASE WHEN a.strongestSize IS NULL THEN null
    WHEN $take <= $headSize THEN a.strongestHead[0..$take]
    ELSE a.strongest[0..$take] END AS ids,
  coalesce(a.strongestSize, 0) AS size
