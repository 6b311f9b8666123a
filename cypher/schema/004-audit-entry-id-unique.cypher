// Audit entries are addressed by id when a change is reverted.
// params: none
// returns: none
CREATE CONSTRAINT audit_entry_id_unique IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE
