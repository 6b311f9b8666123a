// Marks an audit entry as reverted by a later entry.
// params: $id, $revertedBy (audit entry id)
// returns: one {entry}
MATCH (e:AuditEntry {id: $id})
SET e.reverted = true, e.revertedBy = $revertedBy
RETURN e {.*} AS entry
