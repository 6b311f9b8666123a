// Write-locks actors (in the given order, sorted by the caller so writers lock alike) and returns
// their stored lists of strongest edges, to be updated under that lock.
// params: $ids (list of actor ids, sorted)
// returns: many {id, ids, counts, metas} (null when never computed)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a._lock = true
REMOVE a._lock
RETURN id, a.strongest AS ids, a.strongestCounts AS counts, a.strongestMeta AS metas
