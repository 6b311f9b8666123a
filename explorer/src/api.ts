import type { ActorType, RelationType } from '../../src/domain/index.js';

/**
 * The explorer's only way to the data: POSTs to the public GraphQL API. Shapes below mirror the
 * selections of the queries in this file (schema/*.graphql is the contract).
 */
const endpoint = new URL(
  document.querySelector<HTMLMetaElement>('meta[name="kg-graphql-endpoint"]')?.content ?? 'graphql',
  document.baseURI,
).toString();

export class ApiError extends Error {
  override readonly name = 'ApiError';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

async function request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The API server cannot be reached.');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors && body.errors.length > 0) {
    throw new ApiError(body.errors.map((e) => e.message).join(' '));
  }
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`);
  return body.data;
}

export interface ActorHit {
  readonly score: number;
  readonly actor: { readonly id: string; readonly name: string; readonly type: ActorType; readonly degree: number };
}

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $first: Int) {
    searchActors(query: $query, first: $first) {
      score
      actor { id name type degree }
    }
  }
`;

export async function searchActors(query: string, signal?: AbortSignal): Promise<ActorHit[]> {
  const data = await request<{ searchActors: ActorHit[] }>(SEARCH, { query, first: 8 }, signal);
  return data.searchActors;
}

export interface NetworkFilter {
  readonly types: readonly RelationType[] | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly minConfidence: number | null;
}

export interface GraphNode {
  readonly id: string;
  readonly actorId: string;
  readonly label: string;
  readonly type: ActorType;
  readonly degree: number;
  readonly depth: number;
}

export interface GraphEdge {
  readonly id: string;
  readonly relationId: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly weight: number;
  readonly count: number;
  readonly confidence: number;
  readonly goldstein: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

export interface GraphSlice {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly truncated: boolean;
}

const EGO = /* GraphQL */ `
  query ExplorerEgoNetwork($actor: ID!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
    egoNetwork(actor: $actor, depth: $depth, filter: $filter, limit: $limit) {
      truncated
      nodes { id actorId label type degree depth }
      edges { id relationId source target type weight count confidence goldstein firstSeen lastSeen }
    }
  }
`;

/** Only the set filter fields are sent, so the server's defaults apply to the rest. */
function networkFilter(filter: NetworkFilter): Record<string, unknown> {
  return {
    ...(filter.types === null ? {} : { types: filter.types }),
    ...(filter.since === null ? {} : { since: filter.since }),
    ...(filter.until === null ? {} : { until: filter.until }),
    ...(filter.minConfidence === null ? {} : { minConfidence: filter.minConfidence }),
  };
}

export async function egoNetwork(actor: string, depth: number, filter: NetworkFilter, signal?: AbortSignal): Promise<GraphSlice> {
  const data = await request<{ egoNetwork: GraphSlice }>(
    EGO,
    { actor, depth, filter: networkFilter(filter), limit: 200 },
    signal,
  );
  return data.egoNetwork;
}

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
}

export interface Evidence {
  readonly id: string;
  readonly sentence: string;
  readonly start: number;
  readonly date: string | null;
  readonly confidence: number;
  readonly alleged: boolean;
  readonly claimant: { readonly name: string } | null;
  readonly article: {
    readonly id: string;
    readonly title: string | null;
    readonly source: string | null;
    readonly url: string | null;
    readonly published: string | null;
  };
}

export interface RelationDetail {
  readonly id: string;
  readonly type: RelationType;
  readonly source: ActorRef;
  readonly target: ActorRef;
  readonly confidence: number;
  readonly count: number;
  readonly articleCount: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly alleged: boolean;
  readonly claimants: ReadonlyArray<{ readonly name: string }>;
  readonly evidence: readonly Evidence[];
}

const RELATION = /* GraphQL */ `
  query ExplorerRelation($id: ID!) {
    relation(id: $id) {
      id type confidence count articleCount firstSeen lastSeen alleged
      source { id name type }
      target { id name type }
      claimants { name }
      evidence(first: 25) {
        id sentence start date confidence alleged
        claimant { name }
        article { id title source url published }
      }
    }
  }
`;

export async function relation(id: string, signal?: AbortSignal): Promise<RelationDetail | null> {
  return (await request<{ relation: RelationDetail | null }>(RELATION, { id }, signal)).relation;
}

export interface ActorDetail {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  readonly degree: number;
  readonly affiliation: { readonly name: string } | null;
}

const ACTOR = /* GraphQL */ `
  query ExplorerActor($id: ID!) {
    actor(id: $id) { id name type aliases degree affiliation { name } }
  }
`;

export async function actor(id: string, signal?: AbortSignal): Promise<ActorDetail | null> {
  return (await request<{ actor: ActorDetail | null }>(ACTOR, { id }, signal)).actor;
}
