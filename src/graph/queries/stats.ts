import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationType } from '../../domain/index.js';
import { runQuery } from '../graph.js';
import type { ActorRow } from '../rows.js';
import { int, toNumber } from '../values.js';
import { findRetractedEnds } from './actor.js';
import { toActorRow } from './mappers.js';
import { type BucketCountRow, SYMMETRIC_TYPES, type TimeUnit, toBucketRows } from './network.js';

export interface Totals {
  readonly actors: number;
  readonly articles: number;
  readonly relations: number;
  readonly evidence: number;
}

export interface Window {
  readonly since: string | null;
  readonly until: string | null;
}

const isOpen = (w: Window): boolean => w.since === null && w.until === null;

function toTotals(record: { get(key: string): unknown } | undefined): Totals {
  return {
    actors: toNumber(record?.get('actors')),
    articles: toNumber(record?.get('articles')),
    relations: toNumber(record?.get('relations')),
    evidence: toNumber(record?.get('evidence')),
  };
}

/** Whole-graph totals (visible actors, articles, unretracted relations and evidence). Read-only. */
export async function countTotals(tx: ManagedTransaction): Promise<Totals> {
  const res = await runQuery(tx, 'stats/count-totals');
  return toTotals(res.records[0]);
}

/**
 * Totals inside a window (at least one bound): articles published in it, evidence dated in it, the
 * relations and actors that evidence involves. Read-only.
 */
export async function countTotalsInWindow(tx: ManagedTransaction, w: Window): Promise<Totals> {
  const res = await runQuery(tx, 'stats/count-totals-in-window', { since: w.since, until: w.until });
  return toTotals(res.records[0]);
}

/** Relations per type, most first (whole graph). Read-only. */
export async function countByType(tx: ManagedTransaction): Promise<Array<{ type: RelationType; count: number }>> {
  const res = await runQuery(tx, 'stats/count-by-type');
  return res.records.map((r) => ({ type: String(r.get('type')) as RelationType, count: toNumber(r.get('count')) }));
}

/** Relations per type with evidence inside the window (at least one bound), most first. Read-only. */
export async function countByTypeInWindow(tx: ManagedTransaction, w: Window): Promise<Array<{ type: RelationType; count: number }>> {
  const res = await runQuery(tx, 'stats/count-by-type-in-window', { since: w.since, until: w.until });
  return res.records.map((r) => ({ type: String(r.get('type')) as RelationType, count: toNumber(r.get('count')) }));
}

/** Dated evidence per bucket and type (a symmetric sentence once), in bucket order. Read-only. */
export async function countByPeriod(tx: ManagedTransaction, p: Window & { unit: TimeUnit }): Promise<BucketCountRow[]> {
  const res = await runQuery(tx, 'stats/count-by-period', {
    unit: p.unit,
    symmetric: [...SYMMETRIC_TYPES],
    since: p.since,
    until: p.until,
  });
  return toBucketRows(res.records);
}

/** The `top` visible actors by degree, ties by id (whole graph). Read-only. */
export async function topActors(tx: ManagedTransaction, top: number): Promise<Array<{ actor: ActorRow; degree: number }>> {
  const res = await runQuery(tx, 'stats/top-actors', { top: int(top), retractedEnds: await findRetractedEnds(tx) });
  return res.records.map((r) => ({ actor: toActorRow(r.get('actor')), degree: toNumber(r.get('degree')) }));
}

/** The `top` actors by relations with evidence inside the window (at least one bound). Read-only. */
export async function topActorsInWindow(
  tx: ManagedTransaction,
  p: Window & { top: number },
): Promise<Array<{ actor: ActorRow; degree: number }>> {
  const res = await runQuery(tx, 'stats/top-actors-in-window', { since: p.since, until: p.until, top: int(p.top) });
  return res.records.map((r) => ({ actor: toActorRow(r.get('actor')), degree: toNumber(r.get('degree')) }));
}

export { isOpen as isOpenWindow };
