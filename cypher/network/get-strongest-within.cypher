// For the closing ring of an ego network: from the head of each actor's stored list of strongest
// edges (`strongestHead`), the edges whose both ends are among $ids, with their metas (see
// set-strongest), filtered here so that only the few edges inside the ring cross the wire, not
// every head. (No edge between two actors of the outer ring is in the slice yet: the rings
// before took only edges of inner actors.) `ids` is null for an actor whose list was never
// computed (the caller reads its edges instead).
// Each actor comes back with what its node in the slice shows (name, type, degree).
// params: $ids (list of actor ids: the ring)
//         $retractedEnds (actor/find-retracted-ends: the actor's degree is only right with it)
// returns: many {id, ids, metas, name, type, degree} (unknown actors skipped; in list order)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, a.strongestSize IS NULL OR a.strongestMeta IS NULL AS missing
WITH id, a, missing, a.strongestHead AS head, a.strongestHeadMeta AS headMeta,
  CASE WHEN missing THEN [] ELSE [i IN range(0, size(a.strongestHead) - 1)
    WHERE split(a.strongestHead[i], '|')[0] IN $ids AND split(a.strongestHead[i], '|')[2] IN $ids] END AS at
RETURN id,
  CASE WHEN missing THEN null ELSE [i IN at | head[i]] END AS ids,
  CASE WHEN missing THEN null ELSE [i IN at | headMeta[i]] END AS metas,
  a.name AS name, a.type AS type, COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
