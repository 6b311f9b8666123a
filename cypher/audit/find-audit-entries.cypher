// One keyset page of audit entries, newest first (time, then id descending).
// params: $afterAt (ISO date-time or null for the first page), $afterId, $limit
// returns: many {entry}
MATCH (e:AuditEntry)
WHERE $afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId)
WITH e
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
RETURN e {.id, .at, .who, .action, .targetId, .reason, .reverted} AS entry
