import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, RELATION_TYPE_INFO, type ActorType, type RelationType } from '../../domain/index.js';
import { runQuery } from '../graph.js';
import type { ActorRow, RelationRow } from '../rows.js';
import { int, toIsoDate, toNumber } from '../values.js';
import { edgeFromMeta, getEdgesById, type EdgeById, STRONGEST_HEAD, STRONGEST_SIZE, strongerFirst } from '../strongest.js';
import { findRetractedEnds } from './actor.js';
import { actorType, toActorRow, toRelationRow } from './mappers.js';

/** An aggregated edge as a graph slice needs it. */
export type EdgeRow = Omit<EdgeById, 'retracted'>;

export interface NetworkFilterParams {
  readonly types: readonly RelationType[];
  readonly minConfidence: number | null;
  readonly minWeight: number | null;
  readonly since: string | null;
  readonly until: string | null;
}

/** True when no filter narrows the edges: rings read the stored lists of strongest edges. */
export function isUnfiltered(f: NetworkFilterParams): boolean {
  return (
    f.minConfidence === null &&
    f.minWeight === null &&
    f.since === null &&
    f.until === null &&
    RELATION_TYPES.every((t) => f.types.includes(t))
  );
}

/** The end of edge `source|TYPE|target` that is not `actor`. */
function otherEnd(relationId: string, actor: string): string {
  const first = relationId.indexOf('|');
  const last = relationId.lastIndexOf('|');
  const source = relationId.slice(0, first);
  return source === actor ? relationId.slice(last + 1) : source;
}

/**
 * The head of an actor's strongest edges: `ids` (the first ones asked for) of `size` in all, with
 * their fields (`metas`, see `formatMeta`) when read from the stored list, null when read live.
 */
interface StrongestHead {
  readonly ids: readonly string[];
  readonly metas: readonly string[] | null;
  readonly size: number;
}

/**
 * The first `take` of each actor's strongest edges: from the stored lists without a filter (read
 * live for an actor whose list was never computed), from its edges with one.
 */
async function readStrongest(
  tx: ManagedTransaction,
  ids: readonly string[],
  take: number,
  p: { filter: NetworkFilterParams; retractedEnds: readonly string[]; nodes: Map<string, GraphNodeRow>; closing?: boolean },
): Promise<Map<string, StrongestHead>> {
  const heads = new Map<string, StrongestHead>();
  const describe = (r: { get(key: string): unknown }): void => {
    const id = r.get('id') as string;
    p.nodes.set(id, { id, name: (r.get('name') as string | null) ?? id, type: actorType(r.get('type')), degree: toNumber(r.get('degree')) });
  };
  let live: readonly string[] = ids;
  const retractedEnds = [...p.retractedEnds];
  if (isUnfiltered(p.filter)) {
    // The closing ring keeps only edges inside the ring: the statement filters the heads itself.
    const res = p.closing
      ? await runQuery(tx, 'network/get-strongest-within', { ids: [...ids], ring: Object.fromEntries(ids.map((id) => [id, true])), retractedEnds })
      : await runQuery(tx, 'network/get-strongest', { ids: [...ids], take: int(take), headSize: int(STRONGEST_HEAD), retractedEnds });
    const missing: string[] = [];
    for (const r of res.records) {
      describe(r);
      const list = r.get('ids') as string[] | null;
      if (list === null) missing.push(r.get('id') as string);
      else {
        const size = p.closing ? list.length : toNumber(r.get('size'));
        heads.set(r.get('id') as string, { ids: list, metas: r.get('metas') as string[] | null, size });
      }
    }
    live = missing;
  }
  if (live.length > 0) {
    const res = await runQuery(tx, 'network/find-strongest-live', {
      ids: [...live],
      take: int(take),
      types: [...p.filter.types],
      minConfidence: p.filter.minConfidence,
      minWeight: p.filter.minWeight === null ? null : int(p.filter.minWeight),
      since: p.filter.since,
      until: p.filter.until,
      retractedEnds,
    });
    for (const r of res.records) {
      describe(r);
      heads.set(r.get('id') as string, { ids: r.get('ids') as string[], metas: null, size: toNumber(r.get('size')) });
    }
  }
  return heads;
}

/**
 * The least share `c` such that actors giving min(their edges, c) fill `budget` (their edge
 * counts in `available`, Infinity when unknown); the largest count when all of them do not.
 */
export function fairShare(available: readonly number[], budget: number): number {
  if (available.length === 0 || budget <= 0) return 0;
  const caps = [...available].sort((a, b) => a - b);
  let used = 0;
  for (let i = 0; i < caps.length; i++) {
    const rest = caps.length - i;
    // Giving every remaining actor `caps[i]` would use this much.
    const need = budget - used;
    if (caps[i]! * rest >= need) return Math.ceil(need / rest);
    used += caps[i]!;
  }
  return caps[caps.length - 1]!;
}

/** True when more of the list can be read (a ring reads at most STRONGEST_SIZE entries). */
const canGrow = (head: StrongestHead): boolean => head.ids.length < head.size && head.ids.length < STRONGEST_SIZE;

/** How many more list entries a ring asks for each round while an actor's share is not filled. */
const RING_ROUNDS = 4;

/**
 * One ring: from each frontier actor, its strongest edges not reaching back into `expanded` (and,
 * for the closing ring, reaching `within`), at most a fair share of `budget` each (what an actor
 * with few edges leaves goes to the others). Returns the chosen edge ids (the caller keeps the
 * strongest `budget`) and whether edges were left out.
 */
async function pickRing(
  tx: ManagedTransaction,
  p: {
    frontier: readonly string[];
    expanded: ReadonlySet<string>;
    within: ReadonlySet<string> | null;
    taken: ReadonlySet<string>;
    budget: number;
    filter: NetworkFilterParams;
    retractedEnds: readonly string[];
    /** Filled with the node of every actor read. */
    nodes: Map<string, GraphNodeRow>;
  },
): Promise<{ ids: string[]; metas: Map<string, string>; more: boolean }> {
  const read = { filter: p.filter, retractedEnds: p.retractedEnds, nodes: p.nodes };
  const usable = (actor: string, ids: readonly string[]): string[] =>
    ids.filter((id) => {
      if (p.taken.has(id)) return false;
      const far = otherEnd(id, actor);
      return !p.expanded.has(far) && (p.within === null || p.within.has(far));
    });
  let take = Math.min(STRONGEST_SIZE, 2 * Math.ceil(p.budget / p.frontier.length) + 8);
  if (p.within !== null) take = STRONGEST_HEAD;
  const heads = await readStrongest(tx, p.frontier, take, { ...read, closing: p.within !== null });
  // Each actor's usable entries, filtered once per read of its list.
  const usableOf = new Map([...heads].map(([a, head]) => [a, usable(a, head.ids)]));
  let share = 0;
  for (let round = 0; ; round++) {
    const available = p.frontier.map((a) => {
      const head = heads.get(a);
      if (!head) return 0;
      return canGrow(head) && p.within === null ? Infinity : (usableOf.get(a) ?? []).length;
    });
    share = fairShare(available, p.budget);
    // Actors whose fetched entries run out before their share: ask for more of their lists.
    const short = p.frontier.filter((a) => {
      const head = heads.get(a);
      return head !== undefined && canGrow(head) && (usableOf.get(a) ?? []).length < share;
    });
    if (short.length === 0 || round === RING_ROUNDS || p.within !== null) break;
    take = Math.min(STRONGEST_SIZE, take * 4);
    for (const [a, head] of await readStrongest(tx, short, take, read)) {
      heads.set(a, head);
      usableOf.set(a, usable(a, head.ids));
    }
  }
  const chosen = new Set<string>();
  const metas = new Map<string, string>();
  let more = false;
  for (const a of p.frontier) {
    const head = heads.get(a);
    if (!head) continue;
    const ids = usableOf.get(a) ?? [];
    if (ids.length > share || (p.within === null && head.ids.length < head.size)) more = true;
    for (const id of ids.slice(0, share)) chosen.add(id);
    if (head.metas !== null) head.ids.forEach((id, i) => chosen.has(id) && metas.set(id, head.metas![i]!));
  }
  return { ids: [...chosen], metas, more };
}

/**
 * An ego network: the actors with their ring (0 for the centre), their nodes (in no particular
 * order), the edges, and whether edges were left out.
 */
export interface EgoSlice {
  readonly depthOf: Map<string, number>;
  readonly nodes: GraphNodeRow[];
  readonly edges: EdgeRow[];
  readonly truncated: boolean;
}

/**
 * Ring by ring: the centre's strongest edges, then those of the actors they reached (each a fair
 * share of what remains of `limit`), and finally the edges among the outer ring's actors (within
 * each one's STRONGEST_HEAD strongest), so the slice is close to the induced subgraph. Without a
 * filter the rings read the stored lists of strongest edges, which hold each edge's fields too,
 * so no edge is sought and a hub costs what a leaf costs. Read-only.
 */
export async function egoNetwork(
  tx: ManagedTransaction,
  p: { center: string; depth: number; limit: number; filter: NetworkFilterParams; retractedEnds?: readonly string[] },
): Promise<EgoSlice> {
  const depthOf = new Map<string, number>([[p.center, 0]]);
  const edges: EdgeRow[] = [];
  const taken = new Set<string>();
  const expanded = new Set<string>();
  let truncated = false;
  let frontier = [p.center];
  // Every actor of the slice is read by a ring (as its frontier), which describes its node too.
  // `retractedEnds`: what `findRetractedEnds` returns, read here when not given.
  const retractedEnds = p.retractedEnds ?? (await findRetractedEnds(tx));
  const nodes = new Map<string, GraphNodeRow>();
  for (let ring = 1; ring <= p.depth + 1 && frontier.length > 0; ring++) {
    const budget = p.limit - edges.length;
    if (budget <= 0) break;
    const closing = ring === p.depth + 1;
    const picked = await pickRing(tx, {
      frontier,
      expanded,
      within: closing ? new Set(frontier) : null,
      taken,
      budget,
      filter: p.filter,
      retractedEnds,
      nodes,
    });
    // Edges from the lists' metas; only those of actors read live are sought by id.
    const listed = picked.ids.filter((id) => picked.metas.has(id)).map((id) => edgeFromMeta(id, picked.metas.get(id)!));
    const sought = await getEdgesById(tx, picked.ids.filter((id) => !picked.metas.has(id)));
    const rows = [...listed, ...sought.filter((e) => !e.retracted)].sort(strongerFirst);
    if (picked.more || rows.length > budget) truncated = true;
    const next: string[] = [];
    for (const edge of rows.slice(0, budget)) {
      edges.push(edge);
      taken.add(edge.id);
      for (const end of [edge.sourceId, edge.targetId]) {
        if (!depthOf.has(end)) {
          depthOf.set(end, ring);
          next.push(end);
        }
      }
    }
    for (const a of frontier) expanded.add(a);
    frontier = next;
  }
  // Actors no ring read (the limit ran out first).
  const unread = [...depthOf.keys()].filter((id) => !nodes.has(id));
  for (const node of await getGraphNodes(tx, unread, retractedEnds)) nodes.set(node.id, node);
  return { depthOf, nodes: [...depthOf.keys()].flatMap((id) => nodes.get(id) ?? []), edges, truncated };
}

/** An actor of a graph slice: what a node shows. */
export interface GraphNodeRow {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly degree: number;
}

/**
 * Actors with their degrees, in no particular order; unknown ids are skipped. `retractedEnds`:
 * what `findRetractedEnds` returns, read here when not given. Read-only.
 */
export async function getGraphNodes(
  tx: ManagedTransaction,
  ids: readonly string[],
  retractedEnds?: readonly string[],
): Promise<GraphNodeRow[]> {
  if (ids.length === 0) return [];
  const res = await runQuery(tx, 'network/get-graph-nodes', { ids: [...ids], retractedEnds: [...(retractedEnds ?? (await findRetractedEnds(tx)))] });
  const record = res.records[0];
  if (!record) return [];
  const names = record.get('names') as string[];
  const types = record.get('types') as unknown[];
  const degrees = record.get('degrees') as unknown[];
  return (record.get('ids') as string[]).map((id, i) => ({
    id,
    name: names[i] ?? id,
    type: actorType(types[i]),
    degree: toNumber(degrees[i]),
  }));
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
 * Dated evidence between actors `a` and `b` (either direction, the given types) per bucket and
 * type, a symmetric sentence once, in bucket order, with both actors resolved in the same
 * statement: `a`/`b` are their canonical ids (a merged id redirects), null when unknown. Read-only.
 */
export async function getTimeline(
  tx: ManagedTransaction,
  p: { a: string; b: string; types: readonly RelationType[]; unit: TimeUnit; since: string | null; until: string | null },
): Promise<{ a: string | null; b: string | null; rows: BucketCountRow[] }> {
  const res = await runQuery(tx, 'network/get-timeline', {
    a: p.a,
    b: p.b,
    types: [...p.types],
    symmetric: [...SYMMETRIC_TYPES],
    unit: p.unit,
    since: p.since,
    until: p.until,
  });
  const record = res.records[0];
  if (!record) return { a: null, b: null, rows: [] };
  const buckets = (record.get('buckets') as Array<Record<string, unknown>>).map((m) => ({ get: (key: string): unknown => m[key] }));
  return { a: record.get('a') as string | null, b: record.get('b') as string | null, rows: toBucketRows(buckets) };
}
