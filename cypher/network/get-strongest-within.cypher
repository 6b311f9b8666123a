// For the closing ring of an ego network: from the head of each actor's stored list of strongest
// edges (`strongestHead`), the edges whose both ends are in the ring, with their metas (see
// set-strongest), filtered here so that only the few edges inside the ring cross the wire, not
// every head. (No edge between two actors of the outer ring is in the slice yet: the rings
// before took only edges of inner actors.) `ids` is null for an actor whose list was never
// computed (the caller reads its edges instead); `metas` is null for a list written before lists
// held them (the caller seeks those edges). The heads are bound once and the ring is a map:
// reading the property per element, or `IN` a list, made this statement 3× slower.
// Each actor comes back with what its node in the slice shows (name, type, degree).
// params: $ids (list of actor ids: the ring), $ring (map from each of those ids to true)
//         $retractedEnds (actor/find-retracted-ends: the actor's degree is only right with it)
// returns: many {id, ids, metas, name, type, degree} (unknown actors skipped; in list order)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, a.strongestSize IS NULL AS missing, a.strongestHead AS head, a.strongestHeadMeta AS headMeta
WITH id, a, missing, head, headMeta,
  CASE WHEN missing THEN [] ELSE [i IN range(0, size(head) - 1)
    WHERE $ring[split(head[i], '|')[0]] AND $ring[split(head[i], '|')[2]]] END AS at
RETURN id,
  CASE WHEN missing THEN null ELSE [i IN at | head[i]] END AS ids,
  CASE WHEN missing OR headMeta IS NULL THEN null ELSE [i IN at | headMeta[i]] END AS metas,
  a.name AS name, a.type AS type, COUNT { (a)--() } - size([x IN $retractedEnds WHERE x = a.id]) AS degree
