// One audit entry with its snapshots, write-locked (a revert reads it, then marks it).
// params: $id
// returns: one {entry} or none
MATCH (e:AuditEntry {id: $id})
SET e._lock = true
REMOVE e._lock
RETURN e {.*} AS entry
