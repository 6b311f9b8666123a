import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRow, RelationRow, EvidenceRow, ArticleRow, AuditRow } from '../../graph/rows.js';
import type { ActorConnectionParent, RelationConnectionParent, ArticleConnectionParent } from '../connection.js';
import type { StatsParent } from '../resolvers/stats.js';
import type { HealthParent } from '../resolvers/health.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** A date and time, ISO 8601 with offset. */
  DateTime: { input: string; output: string; }
};

export type Actor = {
  __typename?: 'Actor';
  /** The actor this one belongs to (an official's government, a branch's state). */
  affiliation: Maybe<Actor>;
  aliases: Array<Scalars['String']['output']>;
  /** Number of distinct (non-retracted) aggregated relations touching the actor. */
  degree: Scalars['Int']['output'];
  /** Canonical id, a stable slug such as `pakistan` or `afghan-taliban`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Actors directly related to this one, strongest first. */
  neighbors: Array<Neighbor>;
  relations: RelationConnection;
  type: ActorType;
};


export type ActorNeighborsArgs = {
  filter?: InputMaybe<ActorRelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorRelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorDegree = {
  __typename?: 'ActorDegree';
  actor: Actor;
  degree: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorFilter = {
  minDegree?: InputMaybe<Scalars['Int']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<ActorType>>;
};

export type ActorRelationFilter = {
  direction?: InputMaybe<Direction>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type ActorSearchHit = {
  __typename?: 'ActorSearchHit';
  actor: Actor;
  score: Scalars['Float']['output'];
};

export type ActorSort =
  | 'DEGREE'
  | 'NAME';

export type ActorType =
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'PERSON';

export type Article = {
  __typename?: 'Article';
  evidence: Array<Evidence>;
  /** Fingerprint (sha256) of the extractor that read the article: a rerun re-extracts it when this differs from the current extractor's. Empty for an extractor without a fingerprint; null for articles stored before fingerprints were. */
  extractor: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTime']['output'];
  published: Maybe<Scalars['Date']['output']>;
  /** Relations with evidence in this article. */
  relations: RelationConnection;
  source: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};


export type ArticleRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  /** Articles with evidence involving this actor. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type ArticleInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 8601 date or date-time. */
  published?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Opaque position of this entry: pass it as `auditLog(after:)` for the next page. */
  cursor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  reverted: Scalars['Boolean']['output'];
  targetId: Scalars['ID']['output'];
  /** Name of the API key that made the change. */
  who: Scalars['String']['output'];
};

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** One sentence of one article supporting a relation. */
export type Evidence = {
  __typename?: 'Evidence';
  alleged: Scalars['Boolean']['output'];
  article: Article;
  claimant: Maybe<Actor>;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['Date']['output']>;
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The relation this sentence supports (null once that relation is retracted). */
  relation: Maybe<Relation>;
  sentence: Scalars['String']['output'];
  /** Character offsets of the sentence in the article text. */
  start: Scalars['Int']['output'];
};

/** One relation as the extractor found it in the article. */
export type ExtractedRelation = {
  __typename?: 'ExtractedRelation';
  alleged: Scalars['Boolean']['output'];
  claimant: Maybe<Scalars['ID']['output']>;
  confidence: Scalars['Float']['output'];
  end: Scalars['Int']['output'];
  evidence: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
  target: Scalars['ID']['output'];
  type: RelationType;
};

/**
 * A graph slice ready for Cytoscape.js (`{data: node}`), sigma.js/graphology and NVL without
 * reshaping: ids are prefixed (`a:` nodes, `r:` edges) and unique across nodes and edges.
 */
export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when `limit` cut the slice. */
  truncated: Scalars['Boolean']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  confidence: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  goldstein: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['Date']['output']>;
  relationId: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationType;
  /** Distinct articles. */
  weight: Scalars['Int']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  actorId: Scalars['ID']['output'];
  degree: Scalars['Int']['output'];
  /** Hops from the centre. */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  type: ActorType;
};

export type Health = {
  __typename?: 'Health';
  database: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type IngestPayload = {
  __typename?: 'IngestPayload';
  actors: Array<Actor>;
  article: Article;
  relations: Array<ExtractedRelation>;
  status: IngestStatus;
};

export type IngestStatus =
  | 'NEW'
  | 'UNCHANGED'
  | 'UPDATED';

export type Mutation = {
  __typename?: 'Mutation';
  addAlias: Actor;
  /** Ingests one article; a NEW or UPDATED one is audited (`revert` withdraws it or restores the previous version). */
  ingestArticle: IngestPayload;
  /** Moves every relation and alias of `merge` onto `keep`; `merge` remains as a redirect. */
  mergeActors: Actor;
  /** Hides a relation from every query; kept in the audit and restorable. */
  retractRelation: Relation;
  /** Undoes an audited change. */
  revert: AuditEntry;
};


export type MutationAddAliasArgs = {
  actor: Scalars['ID']['input'];
  alias: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergeActorsArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRetractRelationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevertArgs = {
  auditId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Neighbor = {
  __typename?: 'Neighbor';
  actor: Actor;
  types: Array<RelationType>;
  /** Distinct articles over all relations between the two. */
  weight: Scalars['Int']['output'];
};

export type NetworkFilter = {
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Minimum number of distinct articles on an edge. */
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Relay page information. Cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<Actor>;
  relations: Array<Relation>;
};

export type Query = {
  __typename?: 'Query';
  actor: Maybe<Actor>;
  actors: ActorConnection;
  article: Maybe<Article>;
  /** Newest first. */
  articles: ArticleConnection;
  /** Curation changes, newest first. */
  auditLog: Array<AuditEntry>;
  /** The actor and everything within `depth` hops (1 … 3) up to `limit` edges: the centre's strongest edges, then from each actor reached its strongest, a fair share of what is left each, then the edges among the outer ring. */
  egoNetwork: Graph;
  /** The server's version and whether the database answers. */
  health: Health;
  /** The shortest paths (every path of the least length, at most `maxLength` hops; `first` of them), ignoring direction. */
  paths: Array<Path>;
  relation: Maybe<Relation>;
  relations: RelationConnection;
  /** Full-text search over names and aliases (prefix and fuzzy matching). */
  searchActors: Array<ActorSearchHit>;
  stats: Stats;
  /** Evidence between two actors (either direction) per period. */
  timeline: Array<TimelineBucket>;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ActorSort>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEgoNetworkArgs = {
  actor: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<ActorType>>;
};


export type QueryStatsArgs = {
  bucket?: InputMaybe<TimeBucket>;
  since?: InputMaybe<Scalars['Date']['input']>;
  top?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryTimelineArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  bucket?: InputMaybe<TimeBucket>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** The aggregated relation of one type from one actor to another, over all its evidence. */
export type Relation = {
  __typename?: 'Relation';
  /** True when every piece of evidence is an allegation reported inside another claim. */
  alleged: Scalars['Boolean']['output'];
  /** Number of distinct articles. */
  articleCount: Scalars['Int']['output'];
  cameo: Scalars['String']['output'];
  /** Claimant of the most confident evidence; null when the articles assert it themselves. */
  claimant: Maybe<Actor>;
  /** Everyone who made the claim, across the evidence. */
  claimants: Array<Actor>;
  /** Mean confidence of the evidence, 0 … 1. */
  confidence: Scalars['Float']['output'];
  /** Number of evidence mentions. */
  count: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  firstSeen: Maybe<Scalars['Date']['output']>;
  goldstein: Scalars['Float']['output'];
  /** `source|TYPE|target` */
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['Date']['output']>;
  retracted: Scalars['Boolean']['output'];
  source: Actor;
  target: Actor;
  type: RelationType;
};


/** The aggregated relation of one type from one actor to another, over all its evidence. */
export type RelationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RelationAddedEvent = {
  __typename?: 'RelationAddedEvent';
  evidence: Evidence;
  relation: Relation;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

export type RelationFilter = {
  /** Either end. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Relations with evidence in this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Relations with evidence dated on or after this day. */
  since?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  /** Relations with evidence dated on or before this day. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** The relation vocabulary; each type carries its CAMEO root code and Goldstein value. */
export type RelationType =
  | 'ACCUSES'
  | 'AGREES_WITH'
  | 'ATTACKS'
  | 'CRITICIZES'
  | 'DEMANDS'
  | 'DENIES'
  | 'MEDIATES'
  | 'MEETS_WITH'
  | 'NEGOTIATES_WITH'
  | 'OFFERS_MEDIATION'
  | 'SUPPORTS'
  | 'THREATENS';

export type Stats = {
  __typename?: 'Stats';
  actorCount: Scalars['Int']['output'];
  articleCount: Scalars['Int']['output'];
  byPeriod: Array<TimelineBucket>;
  byType: Array<TypeCount>;
  evidenceCount: Scalars['Int']['output'];
  relationCount: Scalars['Int']['output'];
  topActors: Array<ActorDegree>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Published from ingestion as each article commits. */
  relationAdded: RelationAddedEvent;
};


export type SubscriptionRelationAddedArgs = {
  filter?: InputMaybe<RelationFilter>;
};

export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  counts: Array<TypeCount>;
  /** Mean Goldstein value of the bucket's evidence: below zero leans to conflict. */
  goldstein: Maybe<Scalars['Float']['output']>;
  /** First day of the bucket. */
  start: Scalars['Date']['output'];
  total: Scalars['Int']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: RelationType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionParent>;
  ActorDegree: ResolverTypeWrapper<Omit<ActorDegree, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorRelationFilter: ActorRelationFilter;
  ActorSearchHit: ResolverTypeWrapper<Omit<ActorSearchHit, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorSort: ActorSort;
  ActorType: ActorType;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionParent>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  ExtractedRelation: ResolverTypeWrapper<ExtractedRelation>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Health: ResolverTypeWrapper<HealthParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestPayload: ResolverTypeWrapper<Omit<IngestPayload, 'actors' | 'article'> & { actors: Array<ResolversTypes['Actor']>, article: ResolversTypes['Article'] }>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbor: ResolverTypeWrapper<Omit<Neighbor, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  NetworkFilter: NetworkFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'nodes' | 'relations'> & { nodes: Array<ResolversTypes['Actor']>, relations: Array<ResolversTypes['Relation']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRow>;
  RelationAddedEvent: ResolverTypeWrapper<Omit<RelationAddedEvent, 'evidence' | 'relation'> & { evidence: ResolversTypes['Evidence'], relation: ResolversTypes['Relation'] }>;
  RelationConnection: ResolverTypeWrapper<RelationConnectionParent>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationType: RelationType;
  Stats: ResolverTypeWrapper<StatsParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeBucket: TimeBucket;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRow;
  ActorConnection: ActorConnectionParent;
  ActorDegree: Omit<ActorDegree, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorRelationFilter: ActorRelationFilter;
  ActorSearchHit: Omit<ActorSearchHit, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  Article: ArticleRow;
  ArticleConnection: ArticleConnectionParent;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  AuditEntry: AuditRow;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Evidence: EvidenceRow;
  ExtractedRelation: ExtractedRelation;
  Float: Scalars['Float']['output'];
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  Health: HealthParent;
  ID: Scalars['ID']['output'];
  IngestPayload: Omit<IngestPayload, 'actors' | 'article'> & { actors: Array<ResolversParentTypes['Actor']>, article: ResolversParentTypes['Article'] };
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Neighbor: Omit<Neighbor, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  NetworkFilter: NetworkFilter;
  PageInfo: PageInfo;
  Path: Omit<Path, 'nodes' | 'relations'> & { nodes: Array<ResolversParentTypes['Actor']>, relations: Array<ResolversParentTypes['Relation']> };
  Query: Record<PropertyKey, never>;
  Relation: RelationRow;
  RelationAddedEvent: Omit<RelationAddedEvent, 'evidence' | 'relation'> & { evidence: ResolversParentTypes['Evidence'], relation: ResolversParentTypes['Relation'] };
  RelationConnection: RelationConnectionParent;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  Stats: StatsParent;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimelineBucket: TimelineBucket;
  TypeCount: TypeCount;
};

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Neighbor']>, ParentType, ContextType, RequireFields<ActorNeighborsArgs, 'first'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<ActorRelationsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorDegreeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorDegree'] = ResolversParentTypes['ActorDegree']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorSearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorSearchHit'] = ResolversParentTypes['ActorSearchHit']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<ArticleRelationsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claimant?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExtractedRelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExtractedRelation'] = ResolversParentTypes['ExtractedRelation']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimant?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  goldstein?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestPayload'] = ResolversParentTypes['IngestPayload']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['ExtractedRelation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'actor' | 'alias'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestPayload'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'keep' | 'merge' | 'reason'>>;
  retractRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationRetractRelationArgs, 'id' | 'reason'>>;
  revert?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType, RequireFields<MutationRevertArgs, 'auditId' | 'reason'>>;
};

export type NeighborResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Neighbor'] = ResolversParentTypes['Neighbor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['RelationType']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first' | 'sort'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  egoNetwork?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryEgoNetworkArgs, 'actor' | 'depth' | 'limit'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxLength' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  searchActors?: Resolver<Array<ResolversTypes['ActorSearchHit']>, ParentType, ContextType, RequireFields<QuerySearchActorsArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType, RequireFields<QueryStatsArgs, 'bucket' | 'top'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'a' | 'b' | 'bucket'>>;
};

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimant?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  claimants?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  goldstein?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationAddedEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationAddedEvent'] = ResolversParentTypes['RelationAddedEvent']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byPeriod?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topActors?: Resolver<Array<ResolversTypes['ActorDegree']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  relationAdded?: SubscriptionResolver<ResolversTypes['RelationAddedEvent'], "relationAdded", ParentType, ContextType, Partial<SubscriptionRelationAddedArgs>>;
};

export type TimelineBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  counts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  goldstein?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorDegree?: ActorDegreeResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorSearchHit?: ActorSearchHitResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Evidence?: EvidenceResolvers<ContextType>;
  ExtractedRelation?: ExtractedRelationResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  IngestPayload?: IngestPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbor?: NeighborResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationAddedEvent?: RelationAddedEventResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

