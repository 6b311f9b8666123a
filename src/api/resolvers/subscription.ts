import type { RelationFilterParams } from '../../graph/queries/relation.js';
import type { RelationFilter, SubscriptionResolvers } from '../__generated__/resolvers-types.js';
import type { RelationAddedEvent } from '../relation-events.js';
import { relationFilter } from './filters.js';
import { redirected } from './relation.js';

/** The `relations(filter:)` semantics applied to one event (its relation and new evidence). */
export function acceptsEvent(filter: RelationFilter | null | undefined): (event: RelationAddedEvent) => boolean {
  const f: RelationFilterParams = relationFilter(filter);
  const source = filter?.source ?? null;
  const target = filter?.target ?? null;
  return ({ relation: r, evidence: e }) =>
    f.types.includes(r.type) &&
    (f.actor === null || r.sourceId === f.actor || r.targetId === f.actor) &&
    (source === null || r.sourceId === source) &&
    (target === null || r.targetId === target) &&
    (f.minConfidence === null || r.confidence >= f.minConfidence) &&
    (f.since === null || (e.date !== null && e.date >= f.since)) &&
    (f.until === null || (e.date !== null && e.date <= f.until)) &&
    (f.article === null || e.articleId === f.article);
}

export const Subscription: SubscriptionResolvers = {
  relationAdded: {
    subscribe: async (_parent, { filter }, ctx) => {
      // Merged-away ids redirect here too, as in `relations(filter:)`.
      const [source, target, actor] = await Promise.all([
        redirected(ctx, filter?.source),
        redirected(ctx, filter?.target),
        redirected(ctx, filter?.actor),
      ]);
      return ctx.services.events.subscribe(acceptsEvent(filter ? { ...filter, source, target, actor } : filter));
    },
    resolve: (event: RelationAddedEvent) => event,
  },
};
