import type {
  ActorConnectionResolvers,
  ArticleConnectionResolvers,
  RelationConnectionResolvers,
} from '../__generated__/resolvers-types.js';

// `totalCount` is the only field that costs a count query; it runs only when selected.
export const ActorConnection: ActorConnectionResolvers = { totalCount: (parent) => parent.count() };
export const RelationConnection: RelationConnectionResolvers = { totalCount: (parent) => parent.count() };
export const ArticleConnection: ArticleConnectionResolvers = { totalCount: (parent) => parent.count() };
