// For the closing ring of an ego network: from the head of each actor's stored list of strongest
// edges (`strongestHead`), the edges whose both ends are among $ids, with their metas (see
// set-strongest), filtered here so that only the few edges inside the ring cross the wire, not
// every head. (No edge between two actors of the outer ring is in the slice yet: the rings
// before took only edges of inner actors.) `ids` is null for an actor whose list was never
// computed (the caller reads its edges instead).
// params: $ids (list of actor ids: the ring)
// returns: many {id, ids, metas} (unknown actors skipped; in list order)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, a.strongestSize IS NULL OR a.strongestMeta IS NULL AS missing
WITH id, missing, a.strongestHead AS head, a.strongestHeadMeta AS headMeta,
  CASE WHEN missing THEN [] ELSE [i IN range(0, size(a.strongestHead) - 1)
    WHERE split(a.strongestHead[i], '|')[0] IN $ids AND split(a.strongestHead[i], '|')[2] IN $ids] END AS at
RETURN id,
  CASE WHEN missing THEN null ELSE [i IN at | head[i]] END AS ids,
  CASE WHEN missing THEN null ELSE [i IN at | headMeta[i]] END AS metas
