import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Actor, actorQueries, Neighbor } from './actor.js';
import { Article, articleQueries } from './article.js';
import { ActorConnection, ArticleConnection, RelationConnection } from './connections.js';
import { Health, healthQueries } from './health.js';
import { AuditEntry, auditQueries, curationMutations } from './curation.js';
import { ingestMutations } from './ingest.js';
import { networkQueries } from './network.js';
import { Stats, statsQueries } from './stats.js';
import { Evidence, Relation, relationQueries } from './relation.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { Subscription } from './subscription.js';

/** Every resolver, typed by codegen; each domain file contributes its part. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...healthQueries,
    ...actorQueries,
    ...relationQueries,
    ...articleQueries,
    ...networkQueries,
    ...statsQueries,
    ...auditQueries,
  },
  Mutation: {
    ...ingestMutations,
    ...curationMutations,
  },
  Subscription,
  Actor,
  Neighbor,
  Relation,
  Evidence,
  Article,
  ActorConnection,
  RelationConnection,
  ArticleConnection,
  Stats,
  AuditEntry,
  Health,
};
