import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, RELATION_TYPE_INFO, type RelationType } from '../../domain/index.js';
import { runQuery } from '../graph.js';
import type { ActorRow, RelationRow } from '../rows.js';
import { int, toIsoDate, toNumber } from '../values.js';
import { findRetractedEnds } from './actor.js';
import { toActorRow, toRelationRow } from './mappers.js';

/** An aggregated edge as a graph slice needs it. */
export interface EdgeRow {
  readonly id: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  /** Distinct articles. */
  readonly articleCount: number;
  readonly count: number;
  readonly confidence: number;
  readonly goldstein: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

export interface NetworkFilterParams {
  readonly types: readonly RelationType[];
  readonly minConfidence: number | null;
  readonly minWeight: number | null;
  readonly since: string | null;
  readonly until: string | null;
}

function toEdgeRow(value: unknown): EdgeRow {
  const r = toRelationRow({ ...(value as Record<string, unknown>), claimantIds: [], alleged: false, retracted: false });
  return {
    id: r.id,
    type: r.type,
    sourceId: r.sourceId,
    targetId: r.targetId,
    articleCount: r.articleCount,
    count: r.count,
    confidence: r.confidence,
    goldstein: r.goldstein,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
  };
}

/**
 * One ring of an ego network: up to `limit` strongest edges (distinct articles descending, then id)
 * leaving `frontier`, not reaching back into `expanded`, and (with `within`) only towards those
 * actors. Read-only; edges met from both ends come once.
 */
export async function expandEgoLayer(
  tx: ManagedTransaction,
  p: { frontier: readonly string[]; expanded: readonly string[]; within: readonly string[] | null; filter: NetworkFilterParams; limit: number },
): Promise<EdgeRow[]> {
  const res = await runQuery(tx, 'network/expand-ego-layer', {
    frontier: [...p.frontier],
    expanded: [...p.expanded],
    within: p.within === null ? null : [...p.within],
    types: [...p.filter.types],
    minConfidence: p.filter.minConfidence,
    minWeight: p.filter.minWeight === null ? null : int(p.filter.minWeight),
    since: p.filter.since,
    until: p.filter.until,
    limit: int(p.limit),
  });
  return res.records.map((r) => toEdgeRow(r.get('edge')));
}

/** Actors with their degrees, in no particular order; unknown ids are skipped. Read-only. */
export async function getGraphNodes(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Array<{ actor: ActorRow; degree: number }>> {
  const res = await runQuery(tx, 'network/get-graph-nodes', { ids: [...ids], retractedEnds: await findRetractedEnds(tx) });
  return res.records.map((r) => ({ actor: toActorRow(r.get('actor')), degree: toNumber(r.get('degree')) }));
}

export interface PathRow {
  readonly nodes: ActorRow[];
  readonly relations: RelationRow[];
}

/** The longest path `findPaths` searches: one statement per length up to it. */
export const MAX_PATH_LENGTH = 4;

/** The statement that searches paths of at most `maxLength` hops (1 … MAX_PATH_LENGTH). */
export function findPathsQuery(maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new RangeError(`maxLength must be an integer from 1 to ${MAX_PATH_LENGTH}, not ${maxLength}`);
  }
  return `network/find-paths-${maxLength}`;
}

/**
 * Up to `first` of the shortest undirected paths (all of the least length, at most `maxLength`,
 * 1 … 4, hops), one per sequence of actors and relation types (a mirror edge of a symmetric
 * relation makes no second path), ordered by actor ids. A bidirectional search that goes no
 * deeper than the least length. Read-only.
 */
export async function findPaths(
  tx: ManagedTransaction,
  p: { from: string; to: string; types: readonly RelationType[]; maxLength: number; first: number },
): Promise<PathRow[]> {
  const res = await runQuery(tx, findPathsQuery(p.maxLength), {
    from: p.from,
    to: p.to,
    types: [...p.types],
    first: int(p.first),
  });
  return res.records.map((r) => ({
    nodes: (r.get('nodes') as unknown[]).map(toActorRow),
    relations: (r.get('relations') as unknown[]).map(toRelationRow),
  }));
}

export type TimeUnit = 'day' | 'week' | 'month';

export interface BucketCountRow {
  /** First day of the bucket, YYYY-MM-DD. */
  readonly bucket: string;
  readonly type: RelationType;
  readonly count: number;
  readonly goldsteinSum: number;
}

export const SYMMETRIC_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => RELATION_TYPE_INFO[t].symmetric);

export function toBucketRows(records: ReadonlyArray<{ get(key: string): unknown }>): BucketCountRow[] {
  return records.map((r) => ({
    bucket: (toIsoDate(r.get('bucket')) ?? '').slice(0, 10),
    type: String(r.get('type')) as RelationType,
    count: toNumber(r.get('count')),
    goldsteinSum: toNumber(r.get('goldsteinSum')),
  }));
}

/**
 * Dated evidence of the given relations per bucket and type, a symmetric sentence once, in bucket
 * order. Read-only.
 */
export async function getTimeline(
  tx: ManagedTransaction,
  p: { relationIds: readonly string[]; unit: TimeUnit; since: string | null; until: string | null },
): Promise<BucketCountRow[]> {
  const res = await runQuery(tx, 'network/get-timeline', {
    relationIds: [...p.relationIds],
    symmetric: [...SYMMETRIC_TYPES],
    unit: p.unit,
    since: p.since,
    until: p.until,
  });
  return toBucketRows(res.records);
}
