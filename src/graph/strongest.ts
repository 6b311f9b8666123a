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

/** What a graph slice shows of an edge besides its ends and type, all named by its id. */
export interface EdgeFields {
  /** Distinct articles. */
  readonly articleCount: number;
  readonly count: number;
  readonly confidence: number;
  readonly goldstein: number;
  /** YYYY-MM-DD. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** An aggregated edge read by id, retracted or not; its ends and type come from its id. */
export interface EdgeById extends EdgeFields {
  readonly id: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  readonly retracted: boolean;
}

const day = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v.slice(0, 10) : null);

/** The fields of an edge from a statement's values (integers, floats, date strings). */
export function edgeFields(v: { articleCount: unknown; count: unknown; confidence: unknown; goldstein: unknown; firstSeen: unknown; lastSeen: unknown }): EdgeFields {
  return {
    articleCount: toNumber(v.articleCount),
    count: toNumber(v.count),
    confidence: toNumber(v.confidence),
    goldstein: toNumber(v.goldstein),
    firstSeen: day(v.firstSeen),
    lastSeen: day(v.lastSeen),
  };
}

/**
 * The `strongestMeta` entry of an edge: its fields, `|`-separated, stored next to its id in the
 * actor's list so a ring of an ego network reads its edges from the lists instead of seeking each.
 */
export function formatMeta(e: EdgeFields): string {
  return `${e.articleCount}|${e.count}|${e.confidence}|${e.goldstein}|${e.firstSeen ?? ''}|${e.lastSeen ?? ''}`;
}

/** The edge `id` (`source|TYPE|target`) with the fields of its `strongestMeta` entry; never retracted (lists hold none). */
export function edgeFromMeta(id: string, meta: string): EdgeById {
  const first = id.indexOf('|');
  const last = id.lastIndexOf('|');
  const [articleCount, count, confidence, goldstein, firstSeen, lastSeen] = meta.split('|');
  return {
    id,
    type: id.slice(first + 1, last) as RelationType,
    sourceId: id.slice(0, first),
    targetId: id.slice(last + 1),
    articleCount: Number(articleCount),
    count: Number(count),
    confidence: Number(confidence),
    goldstein: Number(goldstein),
    firstSeen: day(firstSeen),
    lastSeen: day(lastSeen),
    retracted: false,
  };
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
  // Parallel lists: the statement never collects a null (collect() would drop it); a day unknown is ''.
  const [articleCounts, counts, confidences, goldsteins, firstSeen, lastSeen, retracted] = [
    'articleCounts',
    'counts',
    'confidences',
    'goldsteins',
    'firstSeen',
    'lastSeen',
    'retracted',
  ].map(column) as [unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[]];
  // Plain numbers and strings in, plain fields out: a slice maps hundreds of edges per request.
  return (column('ids') as string[]).map((id, i) => {
    const first = id.indexOf('|');
    const last = id.lastIndexOf('|');
    return {
      id,
      type: id.slice(first + 1, last) as RelationType,
      sourceId: id.slice(0, first),
      targetId: id.slice(last + 1),
      ...edgeFields({
        articleCount: articleCounts[i],
        count: counts[i],
        confidence: confidences[i],
        goldstein: goldsteins[i],
        firstSeen: firstSeen[i],
        lastSeen: lastSeen[i],
      }),
      retracted: retracted[i] === true,
    };
  });
}

/** The order of the lists: distinct articles descending, then id. */
export function strongerFirst(a: { id: string; articleCount: number }, b: { id: string; articleCount: number }): number {
  return b.articleCount - a.articleCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface ListRow {
  readonly id: string;
  readonly ids: string[];
  readonly counts: number[];
  readonly metas: string[];
}

function listRow(actor: string, entries: ReadonlyArray<{ id: string; articleCount: number; meta: string }>): ListRow {
  return { id: actor, ids: entries.map((e) => e.id), counts: entries.map((e) => e.articleCount), metas: entries.map((e) => e.meta) };
}

/** Recomputes the lists of `ids` from all their edges. */
export async function computeStrongest(tx: ManagedTransaction, ids: readonly string[], size = STRONGEST_SIZE): Promise<void> {
  if (ids.length === 0) return;
  const res = await runQuery(tx, 'network/compute-strongest', { ids: [...ids], size: int(size) });
  const rows = res.records.map((r) => {
    const edges = (r.get('edges') as Array<Record<string, unknown>>).map((e) => {
      const fields = edgeFields({
        articleCount: e['articleCount'],
        count: e['count'],
        confidence: e['confidence'],
        goldstein: e['goldstein'],
        firstSeen: e['firstSeen'],
        lastSeen: e['lastSeen'],
      });
      return { id: String(e['id']), articleCount: fields.articleCount, meta: formatMeta(fields) };
    });
    return listRow(String(r.get('id')), edges);
  });
  await runQuery(tx, 'network/set-strongest', { rows, headSize: int(STRONGEST_HEAD) });
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
 * `known` gives touched edges' fields as the caller wrote them (null: deleted or retracted), so
 * they are not read back; the others are read by id.
 */
export async function refreshStrongest(
  tx: ManagedTransaction,
  touched: readonly TouchedEdge[],
  { size = STRONGEST_SIZE, known = new Map() }: { size?: number; known?: ReadonlyMap<string, EdgeFields | null> } = {},
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
  // The touched edges' fields now (absent: deleted or retracted).
  const current = new Map<string, EdgeFields>();
  const unknown = [...new Set(touched.map((t) => t.id))].filter((id) => {
    if (!known.has(id)) return true;
    const fields = known.get(id);
    if (fields !== null && fields !== undefined) current.set(id, fields);
    return false;
  });
  for (const e of await getEdgesById(tx, unknown)) {
    if (!e.retracted) current.set(e.id, e);
  }
  const recompute: string[] = [];
  const rows: ListRow[] = [];
  for (const record of locked.records) {
    const actor = record.get('id') as string;
    const ids = record.get('ids') as string[] | null;
    // Floats (plain numbers, no integer objects to build); lists written as integers still read.
    const counts = (record.get('counts') as unknown[] | null)?.map((c) => (typeof c === 'number' ? c : toNumber(c))) ?? null;
    const metas = record.get('metas') as string[] | null;
    if (ids === null || counts === null || metas === null || counts.length !== ids.length || metas.length !== ids.length) {
      recompute.push(actor);
      continue;
    }
    const changed = byActor.get(actor) ?? new Set<string>();
    const full = ids.length >= size;
    let weakened = false;
    const entries: Array<{ id: string; articleCount: number; meta: string }> = [];
    ids.forEach((id, i) => {
      if (!changed.has(id)) {
        entries.push({ id, articleCount: counts[i]!, meta: metas[i]! });
        return;
      }
      const now = current.get(id);
      if (now === undefined || now.articleCount < counts[i]!) weakened = true;
    });
    if (full && weakened) {
      recompute.push(actor);
      continue;
    }
    for (const id of changed) {
      const now = current.get(id);
      if (now !== undefined) entries.push({ id, articleCount: now.articleCount, meta: formatMeta(now) });
    }
    entries.sort(strongerFirst);
    rows.push(listRow(actor, entries.slice(0, size)));
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
