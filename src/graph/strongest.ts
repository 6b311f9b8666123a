import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../domain/index.js';
import type { Graph } from './graph.js';
import { runQuery } from './graph.js';
import { int, toNumber } from './values.js';

/**
 * Each actor keeps a list of its strongest edges: the ids of up to STRONGEST_SIZE unretracted
 * edges, by distinct articles descending, then id. Ego networks read an actor's edges from it, so
 * a ring around a hub reads the edges it shows instead of all of the hub's edges. Every write that
 * changes an edge's weight, retraction or existence updates the lists of both ends in the same
 * transaction (`refreshStrongest`).
 */
export const STRONGEST_SIZE = 500;
/** Length of the short copy of the list's head (`strongestHead`) that rings usually need. */
export const STRONGEST_HEAD = 64;

/** An edge the write path touched: its id names both ends (`source|TYPE|target`). */
export interface TouchedEdge {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
}

/** An aggregated edge read by id, retracted or not; its ends and type come from its id. */
export interface EdgeById {
  readonly id: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  /** Distinct articles. */
  readonly articleCount: number;
  readonly count: number;
  readonly confidence: number;
  readonly goldstein: number;
  /** YYYY-MM-DD. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly retracted: boolean;
}

/** Edges by id (one index seek each), retracted ones included; unknown ids are skipped. */
export async function getEdgesById(tx: ManagedTransaction, ids: readonly string[]): Promise<EdgeById[]> {
  if (ids.length === 0) return [];
  const byType: Record<string, string[]> = Object.fromEntries(RELATION_TYPES.map((t) => [t, []]));
  for (const id of ids) byType[id.slice(id.indexOf('|') + 1, id.lastIndexOf('|'))]?.push(id);
  const res = await runQuery(tx, 'network/get-edges-by-id', { byType });
  const record = res.records[0];
  if (!record) return [];
  const column = (key: string): unknown[] => record.get(key) as unknown[];
  const [articleCounts, counts, confidences, goldsteins, firstSeen, lastSeen, retracted] = [
    'articleCounts',
    'counts',
    'confidences',
    'goldsteins',
    'firstSeen',
    'lastSeen',
    'retracted',
  ].map(column) as [unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[]];
  const day = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 10) : null);
  // Plain numbers and strings in, plain fields out: a slice maps hundreds of edges per request.
  return (column('ids') as string[]).map((id, i) => {
    const first = id.indexOf('|');
    const last = id.lastIndexOf('|');
    return {
      id,
      type: id.slice(first + 1, last) as RelationType,
      sourceId: id.slice(0, first),
      targetId: id.slice(last + 1),
      articleCount: toNumber(articleCounts[i]),
      count: toNumber(counts[i]),
      confidence: toNumber(confidences[i]),
      goldstein: toNumber(goldsteins[i]),
      firstSeen: day(firstSeen[i]),
      lastSeen: day(lastSeen[i]),
      retracted: retracted[i] === true,
    };
  });
}

/** The order of the lists: distinct articles descending, then id. */
export function strongerFirst(a: { id: string; articleCount: number }, b: { id: string; articleCount: number }): number {
  return b.articleCount - a.articleCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Recomputes the lists of `ids` from all their edges. */
export async function computeStrongest(tx: ManagedTransaction, ids: readonly string[], size = STRONGEST_SIZE): Promise<void> {
  if (ids.length === 0) return;
  await runQuery(tx, 'network/compute-strongest', { ids: [...ids], size: int(size), headSize: int(STRONGEST_HEAD) });
}

/**
 * Brings the lists of the ends of `touched` up to date after the transaction changed those edges
 * (created, re-weighted, retracted, restored or deleted them). Write-locks the end actors first.
 *
 * A list is updated in place from the touched edges' current weights: exact, because every other
 * edge of the actor kept its weight. Only when a touched edge that was in a full list lost weight
 * or disappeared can an edge beyond the list move up; that actor's list is recomputed from all its
 * edges (curation and article updates; ingestion of new articles only adds weight).
 *
 * `known` gives touched edges' weights as the caller wrote them (null: deleted or retracted), so
 * they are not read back; the others are read by id.
 */
export async function refreshStrongest(
  tx: ManagedTransaction,
  touched: readonly TouchedEdge[],
  { size = STRONGEST_SIZE, known = new Map() }: { size?: number; known?: ReadonlyMap<string, number | null> } = {},
): Promise<void> {
  if (touched.length === 0) return;
  const byActor = new Map<string, Set<string>>();
  for (const e of touched) {
    for (const end of [e.sourceId, e.targetId]) {
      let ids = byActor.get(end);
      if (!ids) byActor.set(end, (ids = new Set()));
      ids.add(e.id);
    }
  }
  const actorIds = [...byActor.keys()].sort();
  const locked = await runQuery(tx, 'network/lock-strongest', { ids: actorIds });
  // The touched edges' weights now (absent: deleted or retracted).
  const current = new Map<string, number>();
  const unknown = [...new Set(touched.map((t) => t.id))].filter((id) => {
    if (!known.has(id)) return true;
    const weight = known.get(id);
    if (weight !== null && weight !== undefined) current.set(id, weight);
    return false;
  });
  for (const e of await getEdgesById(tx, unknown)) {
    if (!e.retracted) current.set(e.id, e.articleCount);
  }
  const recompute: string[] = [];
  const rows: Array<{ id: string; ids: string[]; counts: number[] }> = [];
  for (const record of locked.records) {
    const actor = record.get('id') as string;
    const ids = record.get('ids') as string[] | null;
    // Floats (plain numbers, no integer objects to build); lists written as integers still read.
    const counts = (record.get('counts') as unknown[] | null)?.map((c) => (typeof c === 'number' ? c : toNumber(c))) ?? null;
    if (ids === null || counts === null || counts.length !== ids.length) {
      recompute.push(actor);
      continue;
    }
    const changed = byActor.get(actor) ?? new Set<string>();
    const full = ids.length >= size;
    let weakened = false;
    const entries: Array<{ id: string; articleCount: number }> = [];
    ids.forEach((id, i) => {
      if (!changed.has(id)) {
        entries.push({ id, articleCount: counts[i]! });
        return;
      }
      const now = current.get(id);
      if (now === undefined || now < counts[i]!) weakened = true;
    });
    if (full && weakened) {
      recompute.push(actor);
      continue;
    }
    for (const id of changed) {
      const now = current.get(id);
      if (now !== undefined) entries.push({ id, articleCount: now });
    }
    entries.sort(strongerFirst);
    const kept = entries.slice(0, size);
    rows.push({ id: actor, ids: kept.map((e) => e.id), counts: kept.map((e) => e.articleCount) });
  }
  if (rows.length > 0) await runQuery(tx, 'network/set-strongest', { rows, headSize: int(STRONGEST_HEAD) });
  await computeStrongest(tx, recompute, size);
}

/**
 * Computes the lists of actors that have none (written before the lists existed), a batch per
 * transaction. Idempotent; cheap when every actor has its list. Returns how many were computed.
 */
export async function backfillStrongest(graph: Graph, batchSize = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const n = await graph.write('network/compute-strongest', async (tx) => {
      const res = await runQuery(tx, 'network/find-actors-without-strongest', { limit: int(batchSize) });
      const ids = res.records.map((r) => r.get('id') as string);
      await computeStrongest(tx, ids);
      return ids.length;
    });
    done += n;
    if (n < batchSize) return done;
  }
}
