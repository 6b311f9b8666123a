import type { ManagedTransaction } from 'neo4j-driver';
import { runQuery } from '../graph.js';
import type { AuditRow } from '../rows.js';
import { int, toNullableString } from '../values.js';
import { toAuditRow } from './mappers.js';

/** An audit entry with the JSON snapshots a revert needs. */
export interface AuditRecord extends AuditRow {
  readonly before: string | null;
  readonly after: string | null;
}

function toAuditRecord(value: unknown): AuditRecord {
  const m = value as Record<string, unknown>;
  return { ...toAuditRow(m), before: toNullableString(m['before']), after: toNullableString(m['after']) };
}

/** Creates an audit entry stamped with the database's clock. Not idempotent: one entry per call. */
export async function createAuditEntry(
  tx: ManagedTransaction,
  p: { id: string; who: string; action: string; targetId: string; reason: string | null; before: string; after: string },
): Promise<AuditRow> {
  const res = await runQuery(tx, 'audit/create-audit-entry', p);
  return toAuditRow(res.records[0]?.get('entry'));
}

/** One audit entry with its snapshots, write-locked; null when unknown. */
export async function getAuditEntry(tx: ManagedTransaction, id: string): Promise<AuditRecord | null> {
  const res = await runQuery(tx, 'audit/get-audit-entry', { id });
  const record = res.records[0];
  return record ? toAuditRecord(record.get('entry')) : null;
}

/** Marks an entry reverted by another. Idempotent. */
export async function markAuditEntryReverted(tx: ManagedTransaction, id: string, revertedBy: string): Promise<AuditRow> {
  const res = await runQuery(tx, 'audit/mark-audit-entry-reverted', { id, revertedBy });
  return toAuditRow(res.records[0]?.get('entry'));
}

/** One page of entries, newest first, after the keyset position (`afterAt` null first). Read-only. */
export async function findAuditEntries(
  tx: ManagedTransaction,
  p: { afterAt: string | null; afterId: string; limit: number },
): Promise<AuditRow[]> {
  const res = await runQuery(tx, 'audit/find-audit-entries', { afterAt: p.afterAt, afterId: p.afterId, limit: int(p.limit) });
  return res.records.map((r) => toAuditRow(r.get('entry')));
}
