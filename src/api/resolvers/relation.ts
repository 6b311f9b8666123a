import { findRelations, countRelations } from '../../graph/queries/relation.js';
import type { ActorRow, RelationRow } from '../../graph/rows.js';
import { AppError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { EvidenceResolvers, QueryResolvers, RelationFilter, RelationResolvers } from '../__generated__/resolvers-types.js';
import { decodeRelationCursor, pageSize, relationCursor, toConnection, type RelationConnectionParent } from '../connection.js';
import { relationFilter } from './filters.js';

/** An actor every relation must have; its absence is a broken graph, not the client's fault. */
async function requiredActor(ctx: ApiContext, id: string): Promise<ActorRow> {
  const actor = await ctx.loaders.actor.load(id);
  if (actor === null) throw new AppError('INTERNAL', `Relation end ${id} has no actor node`);
  return actor;
}

/** The canonical id of an actor id (a merged-away id redirects); unknown ids stay as they are. */
export async function redirected(ctx: ApiContext, id: string | null | undefined): Promise<string | null> {
  if (id === null || id === undefined) return null;
  return (await ctx.loaders.actor.load(id))?.id ?? id;
}

/**
 * `relations(filter, first, after)`: anchored on an actor when the filter names one (source, then
 * target, then either end), else on an article, else the whole graph in (source, id) order.
 */
export async function relationConnection(
  ctx: ApiContext,
  filter: RelationFilter | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<RelationConnectionParent> {
  const n = pageSize(first, ctx.limits.maxPageSize);
  const cursor = decodeRelationCursor(after);
  // Actor ids merged away still name their actor (they redirect, as in `actor(id:)`).
  const [source, target, actor] = await Promise.all([
    redirected(ctx, filter?.source),
    redirected(ctx, filter?.target),
    redirected(ctx, filter?.actor),
  ]);
  const f = { ...relationFilter(filter), actor };
  const anchor = source
    ? { anchor: source, direction: 'OUT' as const, other: target }
    : target
      ? { anchor: target, direction: 'IN' as const, other: null }
      : actor
        ? { anchor: actor, direction: 'BOTH' as const, other: null }
        : null;
  if (anchor !== null) {
    const key = { ...anchor, filter: f };
    const rows = await ctx.loaders.actorRelations.load({ ...key, after: cursor.after, limit: n + 1 });
    return toConnection(rows, n, relationCursor, () => ctx.loaders.actorRelationCount.load({ ...key, after: '', limit: 0 }));
  }
  if (f.article !== null) {
    const key = { article: f.article, filter: f };
    const rows = await ctx.loaders.articleRelations.load({ ...key, after: cursor.after, limit: n + 1 });
    return toConnection(rows, n, relationCursor, () => ctx.loaders.articleRelationCount.load({ ...key, after: '', limit: 0 }));
  }
  const rows = await ctx.graph.read('relation/find-relations', (tx) =>
    findRelations(tx, { filter: f, afterSource: cursor.afterSource, after: cursor.after, limit: n + 1 }),
  );
  return toConnection(rows, n, relationCursor, () => ctx.graph.read('relation/count-relations', (tx) => countRelations(tx, f)));
}

export const relationQueries: Pick<QueryResolvers, 'relation' | 'relations'> = {
  // Retracted relations are hidden from every query; the audit log keeps them.
  relation: async (_parent, { id }, ctx) => {
    const row = await ctx.loaders.relation.load(id);
    return row === null || row.retracted ? null : row;
  },
  relations: (_parent, { filter, first, after }, ctx) => relationConnection(ctx, filter, first, after),
};

export const Relation: RelationResolvers = {
  source: (parent: RelationRow, _args, ctx) => parent.ends?.[0] ?? requiredActor(ctx, parent.sourceId),
  target: (parent, _args, ctx) => parent.ends?.[1] ?? requiredActor(ctx, parent.targetId),
  claimant: async (parent, _args, ctx) => {
    const [top] = await ctx.loaders.evidence.load({ relationId: parent.id, first: 1 });
    return top?.claimantId ? ctx.loaders.actor.load(top.claimantId) : null;
  },
  claimants: async (parent, _args, ctx) => {
    const actors = await ctx.loaders.actor.loadMany([...parent.claimantIds]);
    return actors.filter((a): a is ActorRow => a !== null && !(a instanceof Error));
  },
  evidence: (parent, { first }, ctx) =>
    ctx.loaders.evidence.load({ relationId: parent.id, first: pageSize(first, ctx.limits.maxPageSize) }),
};

export const Evidence: EvidenceResolvers = {
  article: async (parent, _args, ctx) => {
    const article = await ctx.loaders.article.load(parent.articleId);
    if (article === null) throw new AppError('INTERNAL', `Evidence ${parent.id} has no article node`);
    return article;
  },
  claimant: (parent, _args, ctx) => (parent.claimantId ? ctx.loaders.actor.load(parent.claimantId) : null),
  // An article's sentence often supports several relations; this says which one.
  relation: async (parent, _args, ctx) => {
    const row = await ctx.loaders.relation.load(parent.relationId);
    return row === null || row.retracted ? null : row;
  },
};
