import { AppError } from '../../errors.js';
import { countActors, findActors, findActorsByDegree, searchActors, type ActorFilterParams } from '../../graph/queries/actor.js';
import type { ActorRow } from '../../graph/rows.js';
import type { ActorFilter, ActorResolvers, NeighborResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { decodeCursor, decodeRelationCursor, encodeCursor, keyString, pageSize, relationCursor, toConnection } from '../connection.js';
import { actorRelationFilter, bounded, typesOrAll } from './filters.js';

function actorFilter(f: ActorFilter | null | undefined): ActorFilterParams {
  const name = f?.nameContains?.trim();
  return {
    types: f?.types && f.types.length > 0 ? f.types : null,
    nameContains: name ? name : null,
    minDegree: f?.minDegree === null || f?.minDegree === undefined ? null : bounded(f.minDegree, 'minDegree', 0, 1_000_000_000),
  };
}

/**
 * A Lucene query from free text. Terms are the runs of letters and digits (what the index's
 * analyzer keeps anyway), so no user character reaches Lucene's syntax. Every term must match:
 * as a whole word (boosted), as a prefix, or (four letters or more) one edit away.
 */
export function toLuceneQuery(text: string): string {
  const terms = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  if (terms.length === 0) throw new AppError('INVALID_INPUT', '"query" must contain a word');
  return terms.map((t) => `(${t}^3 OR ${t}*${t.length >= 4 ? ` OR ${t}~1` : ''})`).join(' AND ');
}

export const actorQueries: Pick<QueryResolvers, 'actor' | 'actors' | 'searchActors'> = {
  actor: (_parent, { id }, ctx) => ctx.loaders.actorWithDegree.load(id),

  searchActors: async (_parent, { query, types, first }, ctx) => {
    const limit = pageSize(first, ctx.limits.maxPageSize);
    const luceneQuery = toLuceneQuery(query);
    return ctx.graph.read('actor/search-actors', (tx) =>
      searchActors(tx, { luceneQuery, types: types && types.length > 0 ? types : null, limit }),
    );
  },

  actors: async (_parent, { filter, sort, first, after }, ctx) => {
    const n = pageSize(first, ctx.limits.maxPageSize);
    const f = actorFilter(filter);
    const count = (): Promise<number> => ctx.graph.read('actor/count-actors', (tx) => countActors(tx, f));
    if (sort === 'DEGREE') {
      const key = after ? decodeCursor('ad', after, 2) : null;
      const afterDegree = key === null ? null : Number(key[0]);
      if (afterDegree !== null && !Number.isInteger(afterDegree)) throw new AppError('INVALID_INPUT', '"after" is not a cursor of this list');
      const rows = await ctx.graph.read('actor/find-actors-by-degree', (tx) =>
        findActorsByDegree(tx, { filter: f, afterDegree, afterId: key === null ? '' : keyString(key[1]), limit: n + 1 }),
      );
      const degrees = new Map(rows.map((r) => [r.actor.id, r.degree]));
      // Prime the per-request loader so `degree` costs no second query.
      for (const [id, degree] of degrees) ctx.loaders.degree.prime(id, degree);
      return toConnection(
        rows.map((r) => r.actor),
        n,
        (a) => encodeCursor('ad', [degrees.get(a.id) ?? 0, a.id]),
        count,
      );
    }
    const key = after ? decodeCursor('an', after, 2) : null;
    const rows = await ctx.graph.read('actor/find-actors', (tx) =>
      findActors(tx, { filter: f, afterName: key === null ? '' : keyString(key[0]), afterId: key === null ? '' : keyString(key[1]), limit: n + 1 }),
    );
    return toConnection(rows, n, (a) => encodeCursor('an', [a.name, a.id]), count);
  },
};

export const Actor: ActorResolvers = {
  affiliation: (parent: ActorRow, _args, ctx) => (parent.affiliation ? ctx.loaders.actor.load(parent.affiliation) : null),
  aliases: (parent) => [...parent.aliases],
  degree: (parent, _args, ctx) => ctx.loaders.degree.load(parent.id),
  relations: async (parent, { filter, first, after }, ctx) => {
    const n = pageSize(first, ctx.limits.maxPageSize);
    const key = {
      anchor: parent.id,
      direction: filter?.direction ?? 'BOTH',
      other: null,
      filter: actorRelationFilter(filter),
    } as const;
    const rows = await ctx.loaders.actorRelations.load({ ...key, after: decodeRelationCursor(after).after, limit: n + 1 });
    // Unfiltered, the count is the actor's degree: one cheap COUNT shared with a `degree` field in
    // the same request, instead of a second walk of every relation (80k on a hub) with DISTINCT.
    const unfiltered =
      key.direction === 'BOTH' && filter?.types == null && key.filter.minConfidence === null && key.filter.since === null && key.filter.until === null;
    return toConnection(rows, n, relationCursor, () =>
      unfiltered ? ctx.loaders.degree.load(parent.id) : ctx.loaders.actorRelationCount.load({ ...key, after: '', limit: 0 }),
    );
  },
  neighbors: async (parent, { filter, first }, ctx) => {
    const f = actorRelationFilter(filter);
    return ctx.loaders.neighbors.load({
      anchor: parent.id,
      direction: filter?.direction ?? 'BOTH',
      types: typesOrAll(filter?.types),
      minConfidence: f.minConfidence,
      since: f.since,
      until: f.until,
      limit: pageSize(first, ctx.limits.maxPageSize),
    });
  },
};

export const Neighbor: NeighborResolvers = {
  types: (parent) => [...parent.types],
};
