import { AppError } from '../../errors.js';
import {
  egoNetwork,
  findPaths,
  findPathsQuery,
  getTimeline,
  MAX_PATH_LENGTH,
  type EdgeRow,
  type NetworkFilterParams,
} from '../../graph/queries/network.js';
import { findRetractedEnds, getActors } from '../../graph/queries/actor.js';
import type { GraphEdge, GraphNode, QueryResolvers } from '../__generated__/resolvers-types.js';
import { bounded, confidence, dateWindow, typesOrAll } from './filters.js';
import { toTimeline, unitOf } from './buckets.js';

const nodeId = (actorId: string): string => `a:${actorId}`;
const edgeId = (relationId: string): string => `r:${relationId}`;

function toGraphEdge(e: EdgeRow): GraphEdge {
  return {
    id: edgeId(e.id),
    relationId: e.id,
    source: nodeId(e.sourceId),
    target: nodeId(e.targetId),
    type: e.type,
    weight: e.articleCount,
    count: e.count,
    confidence: e.confidence,
    goldstein: e.goldstein,
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
  };
}

export const networkQueries: Pick<QueryResolvers, 'egoNetwork' | 'paths' | 'timeline'> = {
  /**
   * Ring by ring, in one read transaction (see `egoNetwork`): the centre's strongest edges, then
   * a fair share of what remains of `limit` from each actor they reached, and finally the edges
   * among the outer ring. `truncated` says edges were left out.
   */
  egoNetwork: async (_parent, { actor, depth, filter, limit }, ctx) => {
    const maxDepth = bounded(depth, 'depth', 1, ctx.limits.maxDepth);
    const maxEdges = bounded(limit, 'limit', 1, ctx.limits.maxGraphEdges);
    const f: NetworkFilterParams = {
      types: typesOrAll(filter?.types),
      minConfidence: confidence(filter?.minConfidence),
      minWeight: filter?.minWeight === null || filter?.minWeight === undefined ? null : bounded(filter.minWeight, 'minWeight', 0, 1_000_000_000),
      ...dateWindow(filter?.since, filter?.until),
    };
    // The centre is resolved in the same read transaction as the slice: one round of BEGIN/COMMIT;
    // the retracted relations the degrees need are read with it (the statements are pipelined).
    const slice = await ctx.graph.read('network/ego-network', async (tx) => {
      const [centers, retractedEnds] = await Promise.all([getActors(tx, [actor]), findRetractedEnds(tx)]);
      const center = centers.get(actor)?.actor.id;
      if (center === undefined) return null;
      const { depthOf, nodes, edges, truncated } = await egoNetwork(tx, { center, depth: maxDepth, limit: maxEdges, filter: f, retractedEnds });
      const graphNodes: GraphNode[] = nodes
        .map((a) => ({
          id: nodeId(a.id),
          actorId: a.id,
          label: a.name,
          type: a.type,
          degree: a.degree,
          depth: depthOf.get(a.id) ?? 0,
        }))
        .sort((x, y) => x.depth - y.depth || (x.actorId < y.actorId ? -1 : 1));
      return { nodes: graphNodes, edges: edges.map(toGraphEdge), truncated };
    });
    if (slice === null) throw new AppError('NOT_FOUND', `No actor "${actor}" (actor)`);
    return slice;
  },

  paths: async (_parent, { from, to, maxLength, types, first }, ctx) => {
    const hops = bounded(maxLength, 'maxLength', 1, Math.min(ctx.limits.maxPathLength, MAX_PATH_LENGTH));
    const n = bounded(first, 'first', 0, ctx.limits.maxPaths);
    // Both ends are resolved (a merged-away id redirects) in the search's own read transaction.
    const found = await ctx.graph.read(findPathsQuery(hops), async (tx) => {
      const actors = await getActors(tx, [from, to]);
      const a = actors.get(from)?.actor.id;
      const b = actors.get(to)?.actor.id;
      if (a === undefined || b === undefined || a === b) return { a, b, rows: [] };
      return { a, b, rows: await findPaths(tx, { from: a, to: b, types: typesOrAll(types), maxLength: hops, first: n }) };
    });
    if (found.a === undefined) throw new AppError('NOT_FOUND', `No actor "${from}" (from)`);
    if (found.b === undefined) throw new AppError('NOT_FOUND', `No actor "${to}" (to)`);
    if (found.a === found.b) throw new AppError('INVALID_INPUT', '"from" and "to" are the same actor');
    const rows = found.rows;
    // The statement keeps one path per sequence of actors and types (mirror edges of symmetric
    // relations make no second path); a shortest path never revisits an actor.
    return rows.map((row) => {
      // The path holds both ends of each relation: attach them, so `source`/`target` cost no query.
      const byId = new Map(row.nodes.map((x) => [x.id, x]));
      const relations = row.relations.map((r) => {
        const s = byId.get(r.sourceId);
        const t = byId.get(r.targetId);
        return s && t ? { ...r, ends: [s, t] as const } : r;
      });
      return { length: relations.length, nodes: row.nodes, relations };
    });
  },

  timeline: async (_parent, { a, b, bucket, types, since, until }, ctx) => {
    const window = dateWindow(since, until);
    const unit = unitOf(bucket);
    // One statement resolves both actors and counts the evidence: one round trip.
    const found = await ctx.graph.read('network/get-timeline', (tx) => getTimeline(tx, { a, b, types: typesOrAll(types), unit, ...window }));
    if (found.a === null) throw new AppError('NOT_FOUND', `No actor "${a}" (a)`);
    if (found.b === null) throw new AppError('NOT_FOUND', `No actor "${b}" (b)`);
    return toTimeline(found.rows, unit);
  },
};
