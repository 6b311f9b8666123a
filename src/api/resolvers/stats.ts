import {
  countByPeriod,
  countByType,
  countByTypeInWindow,
  countTotals,
  countTotalsInWindow,
  isOpenWindow,
  topActors,
  topActorsInWindow,
  type Totals,
} from '../../graph/queries/stats.js';
import type { ApiContext } from '../context.js';
import type { QueryResolvers, StatsResolvers, TimeBucket } from '../__generated__/resolvers-types.js';
import { toTimeline, unitOf } from './buckets.js';
import { bounded, dateWindow } from './filters.js';

/** The arguments of `stats`; each selected field runs its own query. */
export interface StatsParent {
  readonly since: string | null;
  readonly until: string | null;
  readonly bucket: TimeBucket;
  readonly top: number;
  /** The four totals come from one query, shared by the four fields. */
  totals?: Promise<Totals>;
}

function totals(parent: StatsParent, ctx: ApiContext): Promise<Totals> {
  parent.totals ??= isOpenWindow(parent)
    ? ctx.graph.read('stats/count-totals', (tx) => countTotals(tx))
    : ctx.graph.read('stats/count-totals-in-window', (tx) => countTotalsInWindow(tx, parent));
  return parent.totals;
}

export const statsQueries: Pick<QueryResolvers, 'stats'> = {
  stats: (_parent, { since, until, bucket, top }, ctx) => ({
    ...dateWindow(since, until),
    bucket,
    top: bounded(top, 'top', 0, ctx.limits.maxPageSize),
  }),
};

export const Stats: StatsResolvers = {
  actorCount: async (parent, _args, ctx) => (await totals(parent, ctx)).actors,
  articleCount: async (parent, _args, ctx) => (await totals(parent, ctx)).articles,
  relationCount: async (parent, _args, ctx) => (await totals(parent, ctx)).relations,
  evidenceCount: async (parent, _args, ctx) => (await totals(parent, ctx)).evidence,
  byType: (parent, _args, ctx) =>
    isOpenWindow(parent)
      ? ctx.graph.read('stats/count-by-type', (tx) => countByType(tx))
      : ctx.graph.read('stats/count-by-type-in-window', (tx) => countByTypeInWindow(tx, parent)),
  byPeriod: async (parent, _args, ctx) => {
    const unit = unitOf(parent.bucket);
    const rows = await ctx.graph.read('stats/count-by-period', (tx) => countByPeriod(tx, { unit, since: parent.since, until: parent.until }));
    return toTimeline(rows, unit);
  },
  topActors: (parent, _args, ctx) =>
    isOpenWindow(parent)
      ? ctx.graph.read('stats/top-actors', (tx) => topActors(tx, parent.top))
      : ctx.graph.read('stats/top-actors-in-window', (tx) => topActorsInWindow(tx, { ...parent, top: parent.top })),
};
