/**
 * The five benchmarked operations, each as (a) a GraphQL request to our API, (b) raw neo4j-driver
 * Cypher returning the same data, (c) the closest request to the API @neo4j/graphql generates
 * (or null when it cannot express the operation).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../../src/domain/index.js';
import { egoNetwork, type NetworkFilterParams } from '../../src/graph/queries/network.js';
import { fieldOf } from './neo4j-graphql-type-defs.js';

/** Inputs drawn once per run (deterministic for the graph's seed). */
export interface Samples {
  /** Actors drawn with the same Zipf law as the graph: hubs come up as often as traffic would bring them. */
  readonly actors: readonly string[];
  /** Pairs of actors that share evidence (a sampled actor and its strongest neighbour). */
  readonly pairs: ReadonlyArray<readonly [string, string]>;
  /** Pairs of independently drawn actors (for paths). */
  readonly far: ReadonlyArray<readonly [string, string]>;
  /** (type, since, until) windows of 90 days. */
  readonly windows: ReadonlyArray<{ readonly type: RelationType; readonly since: string; readonly until: string }>;
}

export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Operation {
  readonly name: string;
  readonly ours: (s: Samples, i: number) => GraphqlRequest;
  readonly raw: (driver: Driver, s: Samples, i: number) => Promise<unknown>;
  /** Null: @neo4j/graphql cannot express it. */
  readonly neo4jGraphql: ((s: Samples, i: number) => GraphqlRequest) | null;
  /** How the @neo4j/graphql request differs from ours. */
  readonly note: string;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const NO_FILTER: NetworkFilterParams = { types: RELATION_TYPES, minConfidence: null, minWeight: null, since: null, until: null };

const CYPHER_DIR = path.resolve(import.meta.dirname, '../../cypher');
const cypherCache = new Map<string, string>();
/** The product's Cypher text, so "raw" runs exactly the statements the API runs. */
function cypher(name: string): string {
  let text = cypherCache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cypherCache.set(name, text);
  }
  return text;
}

async function read<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** Plain JSON values, as a client would receive them (Neo4j integers, dates and maps converted). */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
const rows = (res: QueryResult): unknown[] => res.records.map((r) => plain(r.toObject()));

const ALL_TYPES = [...RELATION_TYPES];
const SYMMETRIC = RELATION_TYPES.filter((t) => RELATION_TYPE_INFO[t].symmetric);
const FIELDS = RELATION_TYPES.flatMap((t) => [fieldOf(t, 'OUT'), fieldOf(t, 'IN')]);

const RELATION_FIELDS = 'id type count articleCount confidence firstSeen lastSeen source { id name } target { id name }';
const EDGE_PROPS = 'id count articleCount confidence firstSeen lastSeen';

// --- actor by id with its first page of relations --------------------------------------------

const ACTOR_QUERY = `query Actor($id: ID!) {
  actor(id: $id) {
    id name type aliases degree
    relations(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${RELATION_FIELDS} } } }
  }
}`;

/** One statement: the actor, its degree and its first 20 relations by id with both ends' names. */
const RAW_ACTOR = `
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false
  WITH DISTINCT r ORDER BY r.id LIMIT 21
  WITH startNode(r) AS s, r, endNode(r) AS t
  RETURN collect(r {.id, .count, .articleCount, .confidence, .firstSeen, .lastSeen, type: type(r),
    source: s {.id, .name}, target: t {.id, .name}}) AS page
}
RETURN a {.id, .name, .type, .aliases} AS actor,
       COUNT { (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false } AS degree, page`;

const OGM_ACTOR = `query Actor($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name type aliases
    ${FIELDS.map((f) => `${f}: ${f}Connection(first: 20, sort: [{ edge: { id: ASC } }]) { totalCount edges { properties { ${EDGE_PROPS} } node { id name } } }`).join('\n    ')}
  }
}`;

// --- relations of a type with evidence in a date window, first page ----------------------------

const RELATIONS_QUERY = `query Relations($types: [RelationType!], $since: Date, $until: Date) {
  relations(filter: { types: $types, since: $since, until: $until }, first: 20) {
    pageInfo { hasNextPage endCursor } edges { cursor node { ${RELATION_FIELDS} } }
  }
}`;

function ogmRelations(type: RelationType): string {
  const f = fieldOf(type, 'OUT');
  const edge = '{ lastSeen: { gte: $since }, firstSeen: { lte: $until } }';
  return `query Relations($since: Date!, $until: Date!) {
  actors(where: { ${f}Connection: { some: { edge: ${edge} } } }, sort: [{ id: ASC }], limit: 20) {
    id name
    ${f}Connection(where: { edge: ${edge} }, first: 20, sort: [{ edge: { id: ASC } }]) { edges { properties { ${EDGE_PROPS} } node { id name } } }
  }
}`;
}

// --- ego network, depth 2, at most 500 edges ---------------------------------------------------

const EGO_QUERY = `query Ego($id: ID!) {
  egoNetwork(actor: $id, depth: 2, limit: 500) {
    truncated
    nodes { id actorId label type degree depth }
    edges { id relationId source target type weight count confidence firstSeen lastSeen }
  }
}`;

/** Depth 2 as nested selections: the strongest edge per type and direction at each level. */
const OGM_EGO = `query Ego($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name type
    ${FIELDS.map(
      (f) => `${f}: ${f}Connection(first: 1, sort: [{ edge: { articleCount: DESC } }]) { edges { properties { ${EDGE_PROPS} } node { id name type
      ${FIELDS.map((g) => `${g}: ${g}Connection(first: 1, sort: [{ edge: { articleCount: DESC } }]) { edges { properties { ${EDGE_PROPS} } node { id name type } } }`).join('\n      ')}
    } } }`,
    ).join('\n    ')}
  }
}`;

// --- paths and timelines ------------------------------------------------------------------------

const PATHS_QUERY = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 3, first: 5) {
    length nodes { id name type } relations { id type articleCount source { id } target { id } }
  }
}`;

const TIMELINE_QUERY = `query Timeline($a: ID!, $b: ID!) {
  timeline(a: $a, b: $b, bucket: MONTH) { start total goldstein counts { type count } }
}`;

/** Every mention between the two (both directions, all types), bucketed by the client. */
const OGM_TIMELINE = `query Timeline($ids: [String!]!) {
  mentions(where: { relationId: { in: $ids }, retracted: { eq: false } }) { id type date goldstein articleId start }
}`;

const pairIds = (a: string, b: string): string[] => ALL_TYPES.flatMap((t) => [`${a}|${t}|${b}`, `${b}|${t}|${a}`]);

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'actor by id + relations page (20)',
    ours: (s, i) => ({ query: ACTOR_QUERY, variables: { id: at(s.actors, i) } }),
    raw: (driver, s, i) => read(driver, async (tx) => rows(await tx.run(RAW_ACTOR, { id: at(s.actors, i) }))),
    neo4jGraphql: (s, i) => ({ query: OGM_ACTOR, variables: { id: at(s.actors, i) } }),
    note: 'no page across relation types: 24 connections (type × direction) of 20 each, merged by the client',
  },
  {
    name: 'relations by type + 90-day window, page (20)',
    ours: (s, i) => {
      const w = at(s.windows, i);
      return { query: RELATIONS_QUERY, variables: { types: [w.type], since: w.since, until: w.until } };
    },
    raw: (driver, s, i) => {
      const w = at(s.windows, i);
      return read(driver, async (tx) =>
        rows(
          // The statement the API picks for a short closed window (see findRelations).
          await tx.run(cypher('relation/find-relations-in-window'), {
            afterSource: '',
            after: '',
            types: [w.type],
            minConfidence: null,
            since: w.since,
            until: w.until,
            article: null,
            actor: null,
            source: null,
            target: null,
            limit: neo4j.int(21),
          }),
        ),
      );
    },
    neo4jGraphql: (s, i) => {
      const w = at(s.windows, i);
      return { query: ogmRelations(w.type), variables: { since: w.since, until: w.until } };
    },
    note: 'no top-level relation query: first 20 source actors with a matching edge, their edges; window on the edge first/last seen, not on the evidence dates',
  },
  {
    name: 'ego network depth 2 (≤ 500 edges)',
    ours: (s, i) => ({ query: EGO_QUERY, variables: { id: at(s.actors, i) } }),
    raw: (driver, s, i) =>
      read(driver, async (tx) => {
        // The same statements the API runs (rings from the stored lists, with the nodes' degrees),
        // without HTTP and GraphQL.
        const slice = await egoNetwork(tx, { center: at(s.actors, i), depth: 2, limit: 500, filter: NO_FILTER });
        return { nodes: slice.nodes, edges: slice.edges };
      }),
    neo4jGraphql: (s, i) => ({ query: OGM_EGO, variables: { id: at(s.actors, i) } }),
    note: 'no global "strongest 500": strongest edge per type × direction at each level (≤ 24 + 576 edges), no degrees',
  },
  {
    name: 'paths between two actors (≤ 3 hops, 5)',
    ours: (s, i) => {
      const [from, to] = at(s.far, i);
      return { query: PATHS_QUERY, variables: { from, to } };
    },
    raw: (driver, s, i) => {
      const [from, to] = at(s.far, i);
      return read(driver, async (tx) =>
        rows(await tx.run(cypher('network/find-paths-3'), { from, to, types: ALL_TYPES, first: neo4j.int(5) })),
      );
    },
    neo4jGraphql: null,
    note: 'not expressible: no shortest-path or variable-length traversal in the generated API (only a custom @cypher field)',
  },
  {
    name: 'timeline between two actors (months)',
    ours: (s, i) => {
      const [a, b] = at(s.pairs, i);
      return { query: TIMELINE_QUERY, variables: { a, b } };
    },
    raw: (driver, s, i) => {
      const [a, b] = at(s.pairs, i);
      return read(driver, async (tx) =>
        rows(
          await tx.run(cypher('network/get-timeline'), {
            a,
            b,
            types: ALL_TYPES,
            symmetric: SYMMETRIC,
            unit: 'month',
            since: null,
            until: null,
          }),
        ),
      );
    },
    neo4jGraphql: (s, i) => {
      const [a, b] = at(s.pairs, i);
      return { query: OGM_TIMELINE, variables: { ids: pairIds(a, b) } };
    },
    note: 'no aggregation by month: every mention between the two is fetched and bucketed by the client',
  },
];
