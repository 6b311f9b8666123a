// The head of each actor's stored list of strongest edges (`strongest`, kept by the write path:
// unretracted edges by distinct articles descending, then id): its first $take ids and their
// metas (what a slice shows of each edge, see set-strongest), from the short `strongestHead`
// copies when they hold them, so a hub's long list is read only when needed. `ids` is null for
// an actor whose list was never computed (the caller reads its edges instead); `metas` is null
// for a list written before lists held them (the caller seeks those edges; start-up computes
// such lists again). Only `strongestSize` is tested: a list property is read whole.
// Each actor comes back with what its node in the slice shows (name, type, degree), so a slice
// needs no statement of its own for the actors its rings read.
// params: $ids (list of actor ids), $take, $headSize (length of `strongestHead`)
//         $retractedEnds (actor/find-retracted-ends: the actor's degree is only right with it)
// returns: many {id, ids, metas, size, name, type, degree} (unknown actors skipped; size: the
//          list's full length)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, a.strongestSize IS NULL AS missing, $take <= $headSize AS short
RETURN id,
  CASE WHEN missing THEN null WHEN short THEN a.strongestHead[0..$take] ELSE a.strongest[0..$take] END AS ids,
  CASE WHEN missing THEN null WHEN short THEN a.strongestHeadMeta[0..$take] ELSE a.strongestMeta[0..$take] END AS metas,
  coalesce(a.strongestSize, 0) AS size,
  a.name AS name, a.type AS type, COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
