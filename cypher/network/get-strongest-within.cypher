// For the closing ring of an ego network: from the head of each actor's stored list of strongest
// edges (`strongestHead`), the edges whose both ends are among $ids and that are not in $taken,
// filtered here so that only the few edges inside the ring cross the wire, not every head.
// `ids` is null for an actor whose list was never computed (the caller reads its edges instead).
// params: $ids (list of actor ids: the ring), $taken (list of relation ids already in the slice)
// returns: many {id, ids} (unknown actors skipped; ids in list order)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  CASE WHEN a.strongestSize IS NULL THEN null
    ELSE [x IN a.strongestHead WHERE split(x, '|')[0] IN $ids AND split(x, '|')[2] IN $ids AND NOT x IN $taken] END AS ids
