// Records one curation change: who, when, what, why, with JSON snapshots to revert it.
// params: $id, $who, $action, $targetId, $reason (or null), $before, $after (JSON strings)
// returns: one {entry}
CREATE (e:AuditEntry {id: $id, at: datetime(), who: $who, action: $action, targetId: $targetId,
  reason: $reason, before: $before, after: $after, reverted: false})
RETURN e {.*} AS entry
