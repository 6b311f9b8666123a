import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { ensureSchema, ingestMany } from '../../src/ingest/index.js';
import type { KgServer } from '../../src/server/create-server.js';
import { uniquePrefix } from '../support/neo4j.js';
import { bearer, deletePrefix, figure, gql, type GraphQLResponse, KEYS, percentile, sharedGraph, snapshot, startServer, stream, syntheticCorpus } from './support.js';

/**
 * Hostile queries against a seeded server: each is refused with a code, fast, and a well-behaved
 * client querying at the same time keeps getting answers. Then auth: writes without a key, with a
 * wrong key and with a read key are refused and write nothing.
 */
const p = uniquePrefix('hq');
let graph: Graph;
let api: { server: KgServer; url: string; base: string };
/** Two hub actors of the seeded graph (most relations), for path searches between them. */
let hubs: [string, string];

beforeAll(async () => {
  graph = sharedGraph();
  await ensureSchema(graph);
  const started = performance.now();
  const corpus = syntheticCorpus(p, 120, 31);
  await ingestMany(stream(corpus.items), { graph, extractor: corpus.extractor, maxArticleBytes: 100_000 });
  figure('hostile queries: seed of 120 articles (ms)', Math.round(performance.now() - started));
  api = await startServer(graph, corpus.extractor, { anonymousRead: true });
  const ids = await graph.read('test/hubs', async (tx) =>
    (await tx.run('MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN a.id AS id ORDER BY COUNT { (a)--() } DESC LIMIT 2', { p })).records.map((r) => String(r.get('id'))),
  );
  hubs = [ids[0]!, ids[1]!];
});

afterAll(async () => {
  await api?.server.stop();
  await deletePrefix(graph, p);
  await graph?.close();
});

const NORMAL = /* GraphQL */ `
  query Normal($id: ID!) {
    actor(id: $id) { name degree relations(first: 10) { totalCount nodes { type target { name } evidence(first: 2) { sentence } } } }
  }
`;

/** Argument limits are enforced by validation (cost) or by the resolvers; either is a refusal with a code. */
const REFUSED = /^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/;

function nested(depth: number): string {
  let q = '{ id }';
  for (let i = 0; i < depth; i++) q = `{ relations(first: 1) { nodes { source ${q} } } }`;
  return `query Deep { actor(id: "x") ${q} }`;
}

async function sequentially<T>(tasks: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const out: T[] = [];
  for (const task of tasks) out.push(await task());
  return out;
}

/** The first error code of a response (GraphQL `errors` or the HTTP error body). */
function codeOf(res: GraphQLResponse): string | undefined {
  if (Array.isArray(res.body)) return (res.body as GraphQLResponse['body'][])[0]?.errors?.[0]?.extensions?.code;
  return res.body.errors?.[0]?.extensions?.code ?? res.body.error?.code;
}

describe('hostile queries', () => {
  it('are refused fast with a code, and a concurrent normal client is still served', async () => {
    // Baseline latency of the normal query alone, after a warm-up.
    for (let i = 0; i < 10; i++) await gql(api.url, { query: NORMAL, variables: { id: hubs[0] } });
    const baseline: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await gql(api.url, { query: NORMAL, variables: { id: hubs[0] } });
      expect(res.body.errors).toBeUndefined();
      baseline.push(res.ms);
    }

    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: actor(id: "${hubs[0]}") { name }`).join(' ');
    const fragments = Array.from({ length: 200 }, (_, i) => `fragment F${i} on Actor { name ...F${i + 1} }`).join(' ') + ' fragment F200 on Actor { name }';
    const hostile: Array<{ name: string; body: unknown; expect: RegExp }> = [
      { name: 'depth 50', body: { query: nested(50) }, expect: /GRAPHQL_VALIDATION_FAILED/ },
      { name: '1,000 aliases', body: { query: `{ ${aliases} }` }, expect: /GRAPHQL_VALIDATION_FAILED/ },
      { name: 'first: 1,000,000', body: { query: '{ relations(first: 1000000) { totalCount } }' }, expect: REFUSED },
      { name: 'first: 2^31-1 on nested evidence', body: { query: `{ actor(id: "${hubs[0]}") { relations(first: 10) { nodes { evidence(first: 2147483647) { sentence } } } } }` }, expect: REFUSED },
      { name: 'first: -5', body: { query: '{ actors(first: -5) { totalCount } }' }, expect: REFUSED },
      { name: 'ego network depth 10', body: { query: `{ egoNetwork(actor: "${hubs[0]}", depth: 10) { nodes { id } } }` }, expect: REFUSED },
      { name: 'ego network limit 10^6', body: { query: `{ egoNetwork(actor: "${hubs[0]}", depth: 2, limit: 1000000) { nodes { id } } }` }, expect: REFUSED },
      { name: 'paths of length 50', body: { query: `{ paths(from: "${hubs[0]}", to: "${hubs[1]}", maxLength: 50) { length } }` }, expect: REFUSED },
      { name: '1,000 paths', body: { query: `{ paths(from: "${hubs[0]}", to: "${hubs[1]}", maxLength: 4, first: 1000) { length } }` }, expect: REFUSED },
      { name: 'batch of 1,000 operations', body: Array.from({ length: 1000 }, () => ({ query: '{ stats { actorCount } }' })), expect: /BAD_REQUEST/ },
      { name: 'fragment chain of 200', body: { query: `{ actor(id: "x") { ...F0 } } ${fragments}` }, expect: /GRAPHQL_VALIDATION_FAILED/ },
      { name: 'fragment cycle', body: { query: '{ actor(id: "x") { ...A } } fragment A on Actor { ...B } fragment B on Actor { ...A }' }, expect: /GRAPHQL_VALIDATION_FAILED/ },
      { name: 'introspection 30 deep', body: { query: `{ __schema { types { ${'fields { type { ofType { '.repeat(10)} name ${'} } }'.repeat(10)} } } }` }, expect: /GRAPHQL_VALIDATION_FAILED/ },
      { name: '20,000 tokens', body: { query: `{ stats { ${'actorCount '.repeat(20_000)} } }` }, expect: /GRAPHQL_VALIDATION_FAILED|BAD_REQUEST|GRAPHQL_PARSE_FAILED/ },
      { name: 'mutation without a key', body: { query: 'mutation { addAlias(actor: "x", alias: "y") { id } }' }, expect: /UNAUTHENTICATED|FORBIDDEN/ },
    ];

    // The normal client runs throughout the barrage.
    let attacking = true;
    const during: number[] = [];
    const normalErrors: unknown[] = [];
    const normalClient = (async () => {
      while (attacking) {
        const res = await gql(api.url, { query: NORMAL, variables: { id: hubs[0] } });
        if (res.body.errors) normalErrors.push(res.body.errors);
        during.push(res.ms);
      }
    })();

    const refusals: Record<string, string> = {};
    const rounds = 3;
    let heavy: GraphQLResponse[] = [];
    try {
      for (let round = 0; round < rounds; round++) {
        // Round 0 one at a time (how fast each is refused), then every hostile request at once.
        const results = round === 0 ? await sequentially(hostile.map((h) => () => gql(api.url, h.body))) : await Promise.all(hostile.map((h) => gql(api.url, h.body)));
        for (const [i, res] of results.entries()) {
          const h = hostile[i]!;
          expect(codeOf(res) ?? `HTTP ${res.status}`, h.name).toMatch(h.expect);
          if (round === 0) refusals[h.name] = `${codeOf(res)} in ${Math.round(res.ms)} ms`;
        }
      }
      // Expensive but allowed path searches between the two biggest hubs, 10 at once.
      heavy = await Promise.all(
        Array.from({ length: 10 }, () => gql(api.url, { query: `{ paths(from: "${hubs[0]}", to: "${hubs[1]}", maxLength: 4, first: 20) { length nodes { id } } }` })),
      );
      for (const res of heavy) expect(codeOf(res), JSON.stringify(res.body.errors)).toBeUndefined();
    } finally {
      attacking = false;
      await normalClient;
    }

    expect(normalErrors).toEqual([]);
    expect(during.length).toBeGreaterThan(0);
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
    figure('hostile queries: refusals, one at a time while the normal client runs', refusals);
    figure('hostile queries: hostile requests sent', rounds * hostile.length + heavy.length);
    figure('hostile queries: heavy path searches (max ms)', Math.round(Math.max(...heavy.map((h) => h.ms))));
    figure('hostile queries: normal client p50/p99 ms alone', `${percentile(baseline, 50).toFixed(1)} / ${percentile(baseline, 99).toFixed(1)} (n=${baseline.length})`);
    figure('hostile queries: normal client p50/p99 ms during attack', `${percentile(during, 50).toFixed(1)} / ${percentile(during, 99).toFixed(1)} (n=${during.length}, errors ${normalErrors.length})`);
  });
});

describe('auth on writes', () => {
  it('refuses writes without a key, with a wrong key and with a read key, over GraphQL and POST /ingest', async () => {
    const keyed = await startServer(graph, { extract: (a) => ({ id: a.id, actors: [], relations: [] }) }, { anonymousRead: false });
    try {
      const before = await snapshot(graph, p);
      const article = { id: `${p}auth`, text: 'Pakistan accused Afghanistan of shelling.' };
      const mutations = [
        { query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }', variables: { input: article } },
        { query: `mutation { addAlias(actor: "${hubs[0]}", alias: "pwned") { id } }` },
        { query: `mutation { mergeActors(keep: "${hubs[0]}", merge: "${hubs[1]}", reason: "x") { id } }` },
      ];
      const callers: Array<[string, Record<string, string>, number, string]> = [
        ['no key', {}, 401, 'UNAUTHENTICATED'],
        ['wrong key', bearer('not-a-key'), 401, 'UNAUTHENTICATED'],
        ['wrong key in x-api-key', { 'x-api-key': `${KEYS.write}x` }, 401, 'UNAUTHENTICATED'],
        ['read key', bearer(KEYS.read), 200, 'FORBIDDEN'],
      ];
      let refused = 0;
      for (const [who, headers, status, code] of callers) {
        for (const m of mutations) {
          const res = await gql(keyed.url, m, headers);
          // A mutation the schema does not have would be a validation error, not a refusal.
          expect(codeOf(res), `${who}: ${m.query.slice(0, 40)}`).toBe(code);
          if (code === 'UNAUTHENTICATED') expect(res.status).toBe(status);
          refused += 1;
        }
        const ingest = await fetch(`${keyed.base}/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(article) });
        expect(ingest.status, `${who}: POST /ingest`).toBe(code === 'FORBIDDEN' ? 403 : 401);
        refused += 1;
      }
      const after = await snapshot(graph, p);
      expect(after.articles).toBe(before.articles);
      expect(after.edgeLines).toEqual(before.edgeLines);
      // The write key is accepted (so the refusals above were about the key, not the request).
      const ok = await gql(keyed.url, mutations[0]!, bearer(KEYS.write));
      expect(ok.body.data).toEqual({ ingestArticle: { status: 'NEW' } });
      figure('auth: write attempts refused', refused);
    } finally {
      await keyed.server.stop();
    }
  });
});
