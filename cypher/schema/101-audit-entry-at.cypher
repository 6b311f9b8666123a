// Range index on audit times: `auditLog` pages newest first from it.
// params: none
// returns: none
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)
