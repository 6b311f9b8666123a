// Stores actors' lists of strongest edges computed by the caller: `strongest` (ids),
// `strongestCounts` (distinct articles, as floats: the write path updates the list from them
// without building integer objects), `strongestMeta` (what an ego network shows of each edge,
// formatted by the caller, so a ring reads its edges from the list instead of seeking each one),
// the first $headSize of ids and metas (`strongestHead`, `strongestHeadMeta`) and the length.
// params: $rows (list of {id, ids, counts, metas}), $headSize
// returns: none
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.strongest = row.ids, a.strongestCounts = row.counts, a.strongestMeta = row.metas,
  a.strongestHead = row.ids[0..$headSize], a.strongestHeadMeta = row.metas[0..$headSize],
  a.strongestSize = size(row.ids)
