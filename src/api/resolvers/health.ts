import type { HealthResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';

export interface HealthParent {
  readonly version: string;
}

export const healthQueries: Pick<QueryResolvers, 'health'> = {
  health: (_parent, _args, ctx) => ({ version: ctx.services.version }),
};

export const Health: HealthResolvers = {
  database: (_parent, _args, ctx) => ctx.graph.ping(),
};
