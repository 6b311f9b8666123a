// For the closing ring of an ego network: from the head of each actor's stored list of strongest
// edges (`strongestHead`), the edges whose both ends are among $ids, filtered here so that only
// the few edges inside the ring cross the wire, not every head. (No edge between two actors of
// the outer ring is in the slice yet: the rings before took only edges of inner actors.)
// `ids` is null for an actor whose list was never computed (the caller reads its edges instead).
// params: $ids (list of actor ids: the ring)
// returns: many {id, ids} (unknown actors skipped; ids in list order)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  CASE WHEN a.strongestSize IS NULL THEN null
    ELSE [x IN a.strongestHead WHERE split(x, '|')[0] IN $ids AND split(x, '|')[2] IN $ids] END AS ids
