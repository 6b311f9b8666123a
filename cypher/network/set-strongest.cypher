// Stores actors' lists of strongest edges computed by the caller (see compute-strongest).
// params: $rows (list of {id, ids, counts}), $headSize
// returns: none
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.strongest = row.ids, a.strongestCounts = row.counts, a.strongestHead = row.ids[0..$headSize],
  a.strongestSize = size(row.ids)
