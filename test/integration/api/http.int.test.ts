import neo4j from 'neo4j-driver';
import { createClient } from 'graphql-ws';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Graph } from '../../../src/graph/graph.js';
import { createServer } from '../../../src/server/create-server.js';
import { cleanup, KEYS, scriptArticle, seedWorld, startTestApi, type Seed, type TestApi } from './support.js';

let api: TestApi;
let seed: Seed;
let url: string;
let base: string;

beforeAll(async () => {
  api = await startTestApi({ anonymousRead: false });
  seed = await seedWorld(api, 'http');
  url = await api.server.listen(0, '127.0.0.1');
  base = url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as never };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('auth over HTTP', () => {
  it('refuses anonymous callers when anonymous reading is off, and wrong keys', async () => {
    const none = await post({ query: '{ health { version } }' });
    expect(none.status).toBe(401);
    expect(none.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await post({ query: '{ health { version } }' }, bearer('not-a-key'));
    expect(wrong.status).toBe(401);
    expect(wrong.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a read key query (Bearer or x-api-key) but not mutate', async () => {
    const ok = await post({ query: '{ health { version database } }' }, bearer(KEYS.read));
    expect(ok.status).toBe(200);
    expect(ok.json.data).toEqual({ health: { version: '0.0.0', database: true } });
    const viaHeader = await post({ query: '{ health { database } }' }, { 'x-api-key': KEYS.read });
    expect(viaHeader.json.data).toEqual({ health: { database: true } });
    const mutation = await post({ query: `mutation { addAlias(actor: "${seed.id('pak')}", alias: "x") { id } }` }, bearer(KEYS.read));
    expect(mutation.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('limits', () => {
  it('refuses too deep, too aliased and too large requests, and long batches', async () => {
    const deep = `{ actor(id: "x") { relations { nodes { source { relations { nodes { source { relations { nodes { source { relations { nodes { source { id } } } } } } } } } } } } } }`;
    const tooDeep = await post({ query: deep }, bearer(KEYS.read));
    expect(tooDeep.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: health { version }`).join(' ');
    const tooAliased = await post({ query: `{ ${aliases} }` }, bearer(KEYS.read));
    expect(tooAliased.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const batch = Array.from({ length: 6 }, () => ({ query: '{ health { version } }' }));
    const tooMany = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(KEYS.read) }, body: JSON.stringify(batch) });
    expect(tooMany.status).toBe(400);
    const small = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(KEYS.read) }, body: JSON.stringify(batch.slice(0, 2)) });
    expect(((await small.json()) as unknown[]).length).toBe(2);
    const big = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.read) },
      body: JSON.stringify({ query: '{ health { version } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toContain('1000000 bytes');
    const page = await post({ query: `{ relations(first: 1000) { totalCount } }` }, bearer(KEYS.read));
    expect(page.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT for variables of the wrong type or missing, and locates argument errors', async () => {
    const query = 'query Net($id: ID!, $depth: Int) { egoNetwork(actor: $id, depth: $depth) { truncated } }';
    const wrongType = await post({ query, variables: { id: 'x', depth: 'two' } }, bearer(KEYS.read));
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongType.json.errors?.[0]?.message).toContain('$depth');
    const missing = await post({ query, variables: {} }, bearer(KEYS.read));
    expect(missing.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.json.errors?.[0]?.message).toContain('$id');
    const outOfRange = await post({ query: `{\n  egoNetwork(actor: "${seed.id('pak')}", depth: 9) { truncated }\n}` }, bearer(KEYS.read));
    const error = outOfRange.json.errors?.[0] as { extensions?: { code?: string }; path?: string[]; locations?: Array<{ line: number; column: number }> } | undefined;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.path).toEqual(['egoNetwork']);
    expect(error?.locations).toEqual([{ line: 2, column: 3 }]);
  });

  it('hides schema details from client errors', async () => {
    const typo = await post({ query: '{ actorz(id: "x") { id } }' }, bearer(KEYS.read));
    expect(typo.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.json.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('operations endpoints', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    await post({ query: 'query Probe { actor(id: "nobody") { id } }', operationName: 'Probe' }, bearer(KEYS.read));
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/kg_graphql_requests_total\{operation="Probe",type="query",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/kg_neo4j_query_duration_seconds_count\{query="actor\/get-actors",mode="read",outcome="ok"\} \d+/);
  });

  it('answers /readyz 503 and SERVICE_UNAVAILABLE when Neo4j is unreachable', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:9', undefined, { maxTransactionRetryTime: 0, connectionTimeout: 1000 });
    const down = await createServer({
      graph: new Graph(driver, { database: null }, { txTimeoutMs: 1000 }),
      extractor: api.extractor,
      logger: pino({ level: 'silent' }),
      config: {
        http: { port: 0, host: '127.0.0.1', maxBodyBytes: 10_000 },
        api: { maxPageSize: 10 },
        auth: { anonymousRead: true, keys: [] },
        ingest: { maxArticleBytes: 10_000 },
      },
    });
    try {
      const downUrl = await down.listen(0, '127.0.0.1');
      expect((await fetch(downUrl.replace(/\/graphql$/, '/readyz'))).status).toBe(503);
      const res = await fetch(downUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ actor(id: "x") { id } }' }) });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0]!.message).not.toMatch(/ECONNREFUSED|bolt/);
    } finally {
      await down.stop();
      await driver.close();
    }
  });

  it('ingests JSON lines over POST /ingest with a write key', async () => {
    const id = `${seed.prefix}j1`;
    const { text, result } = scriptArticle(
      { id, title: 'From JSONL', source: 'Wire', published: '1991-12-10', sentences: [{ text: 'Turkey supported Qatar.', relations: [{ source: seed.id('tur'), type: 'SUPPORTS', target: seed.id('qat'), confidence: 0.7 }] }] },
      [
        { id: seed.id('tur'), name: `Turkey ${seed.tag}`, type: 'COUNTRY', aliases: [], affiliation: null },
        { id: seed.id('qat'), name: `Qatar ${seed.tag}`, type: 'COUNTRY', aliases: [], affiliation: null },
      ],
    );
    api.extractor.script(result);
    const body = `${JSON.stringify({ id, text, title: 'From JSONL', published: '1991-12-10' })}\nnot json\n`;
    const denied = await fetch(`${base}/ingest`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...bearer(KEYS.read) }, body });
    expect(denied.status).toBe(403);
    const res = await fetch(`${base}/ingest`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...bearer(KEYS.write) }, body });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { items: number; new: number; failed: number; failures: Array<{ origin: string }> };
    expect(summary).toMatchObject({ items: 2, new: 1, failed: 1 });
    expect(summary.failures[0]!.origin).toBe('body:2');
    const check = await post({ query: `{ relation(id: "${seed.rel(seed.id('tur'), 'SUPPORTS', seed.id('qat'))}") { count } }` }, bearer(KEYS.read));
    expect(check.json.data).toEqual({ relation: { count: 1 } });
  });
});

describe('no N+1', () => {
  it('runs the same number of Neo4j queries for 2 or 6 actors with nested lists', async () => {
    const query = /* GraphQL */ `
      query ($tag: String!, $first: Int!) {
        actors(filter: { nameContains: $tag }, first: $first) {
          nodes {
            name degree affiliation { name }
            relations(first: 10) {
              totalCount
              nodes { type source { name } target { name } claimant { name } claimants { name }
                evidence(first: 3) { sentence article { title } claimant { name } } }
            }
            neighbors { actor { name } weight }
          }
        }
      }
    `;
    const count = async (first: number) => {
      const before = api.queries.length;
      const res = await post({ query, variables: { tag: seed.tag, first } }, bearer(KEYS.read));
      expect(res.json.errors).toBeUndefined();
      expect(((res.json.data!['actors'] as { nodes: unknown[] }).nodes).length).toBe(first);
      return api.queries.slice(before).map((q) => q.name);
    };
    const two = await count(2);
    const six = await count(6);
    expect(six.length).toBe(two.length);
    expect(six.length).toBeLessThanOrEqual(12);
    // One query per loader and tick: no query name repeats once per actor.
    expect(six.filter((n) => n === 'relation/find-relations-of-actors')).toHaveLength(1);
  });
});

describe('relationAdded subscription', () => {
  it('pushes new relations that match the filter over graphql-ws', async () => {
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${KEYS.read}` },
      retryAttempts: 0,
    });
    const received: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const unsubscribe = client.subscribe(
        {
          query: `subscription ($actor: ID!) { relationAdded(filter: { actor: $actor, types: [THREATENS] }) {
            relation { id type source { id } target { id } } evidence { sentence article { id } } } }`,
          variables: { actor: seed.id('qat') },
        },
        {
          next: (value) => {
            received.push(value);
            unsubscribe();
            resolve();
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    // Give the server a moment to register the subscription before publishing.
    for (let i = 0; i < 50 && api.server.events.subscriberCount === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(api.server.events.subscriberCount).toBe(1);
    const id = `${seed.prefix}s1`;
    const { text, result } = scriptArticle(
      {
        id,
        title: 'Threats',
        source: 'Wire',
        published: '1991-12-20',
        sentences: [
          { text: 'Pakistan attacked nobody.', relations: [{ source: seed.id('pak'), type: 'ATTACKS', target: seed.id('ttp'), confidence: 0.5 }] },
          { text: 'Qatar threatened Turkey.', relations: [{ source: seed.id('qat'), type: 'THREATENS', target: seed.id('tur'), confidence: 0.6 }] },
        ],
      },
      ['pak', 'ttp', 'qat', 'tur'].map((n) => ({ id: seed.id(n as 'pak'), name: n, type: 'COUNTRY' as const, aliases: [], affiliation: null })),
    );
    api.extractor.script(result);
    const mutation = await post(
      { query: `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`, variables: { input: { id, text, published: '1991-12-20' } } },
      bearer(KEYS.write),
    );
    expect(mutation.json.data).toEqual({ ingestArticle: { status: 'NEW' } });
    await done;
    await client.dispose();
    expect(received).toEqual([
      {
        data: {
          relationAdded: {
            relation: { id: seed.rel(seed.id('qat'), 'THREATENS', seed.id('tur')), type: 'THREATENS', source: { id: seed.id('qat') }, target: { id: seed.id('tur') } },
            evidence: { sentence: 'Qatar threatened Turkey.', article: { id } },
          },
        },
      },
    ]);
  });

  it('refuses a subscription without a key when anonymous reading is off', async () => {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    const closed = await new Promise<number>((resolve) => {
      client.on('closed', (event) => resolve((event as { code: number }).code));
    });
    await client.dispose();
    expect(closed).toBe(4403);
  });
});
