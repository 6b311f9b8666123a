import type { ManagedTransaction } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../../src/graph/graph.js';
import { createServer } from '../../../src/server/create-server.js';
import { testEndpoint } from '../../support/neo4j.js';
import { cleanup, gql, KEYS, seedWorld, startTestApi, type Seed, type TestApi } from './support.js';

/**
 * What the other API files leave out: Article.url, Evidence.id and Evidence.relation, the filters
 * and pages of Actor.relations, redirects of merged-away ids in list filters, the transaction time
 * limit as a client sees it, and the one structured log line per operation.
 */

let api: TestApi;
let seed: Seed;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
  api = await startTestApi({ logger });
  seed = await seedWorld(api, 'fld');
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

describe('Article and Evidence fields', () => {
  it('answers the url, and each piece of evidence with its id and the relation it supports', async () => {
    const res = await gql<{
      article: { url: string | null; evidence: Array<{ id: string; sentence: string; relation: { id: string; type: string } | null }> };
      relation: { evidence: Array<{ id: string }> };
    }>(
      api,
      `query ($article: ID!, $relation: ID!) {
        article(id: $article) { url evidence { id sentence relation { id type } } }
        relation(id: $relation) { evidence { id } }
      }`,
      { article: seed.article(1), relation: seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg')) },
    );
    expect(res.errors).toBeUndefined();
    const { article, relation } = res.data!;
    expect(article.url).toBe(`https://example.org/${seed.prefix}a1`);
    // Two sentences, two relations each: one evidence entry per sentence and relation.
    expect(article.evidence.map((e) => [e.sentence.slice(0, 16), e.relation?.id]).sort()).toEqual(
      [
        ['Pakistan accused', seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg'))],
        ['Pakistan accused', seed.rel(seed.id('afg'), 'SUPPORTS', seed.id('ttp'))],
        ['Turkey mediated ', seed.rel(seed.id('tur'), 'MEDIATES', seed.id('pak'))],
        ['Turkey mediated ', seed.rel(seed.id('tur'), 'MEDIATES', seed.id('afg'))],
      ].sort(),
    );
    const ids = article.evidence.map((e) => e.id);
    expect(new Set(ids).size).toBe(4);
    // The relation's evidence from this article is the same evidence node.
    const accusation = article.evidence.find((e) => e.relation?.type === 'ACCUSES');
    expect(relation.evidence.map((e) => e.id)).toContain(accusation!.id);
  });
});

describe('Actor.relations', () => {
  const RELATIONS = `query ($id: ID!, $filter: ActorRelationFilter, $first: Int, $after: String) {
    actor(id: $id) { relations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id type } } } }`;
  type Page = { actor: { relations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string; type: string }> } } };
  const relations = async (filter: Record<string, unknown>, first = 50, after: string | null = null) => {
    const res = await gql<Page>(api, RELATIONS, { id: seed.id('pak'), filter, first, after });
    expect(res.errors).toBeUndefined();
    return res.data!.actor.relations;
  };

  it('reads an actor and the page of its relations it asks for in one transaction, as the fields alone would', async () => {
    const fields = `id name degree relations(filter: $filter, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id type source { id } target { id } } }`;
    const ask = async (selection: string, after: string | null) => {
      const before = api.queries.length;
      const res = await gql<{ actor: { degree: number; relations: { totalCount: number; pageInfo: { endCursor: string | null } } } }>(
        api,
        `query ($id: ID!, $filter: ActorRelationFilter, $after: String) { actor(id: $id) { ${selection} } }`,
        { id: seed.id('pak'), filter: { direction: 'BOTH' }, after },
      );
      expect(res.errors).toBeUndefined();
      return { data: res.data!, reads: api.queries.slice(before).map((q) => q.name) };
    };
    // A fragment keeps the resolver from seeing the field: each field loads on its own.
    const plain = await ask(`... on Actor { ${fields} }`, null);
    expect(plain.reads.length).toBeGreaterThan(1);
    const together = await ask(fields, null);
    expect(together.reads).toEqual(['actor/get-actor-with-relations']);
    expect(together.data).toEqual(plain.data);
    expect(together.data.actor.relations.totalCount).toBe(together.data.actor.degree);
    // The next page, from the cursor, the same both ways.
    const cursor = together.data.actor.relations.pageInfo.endCursor;
    expect((await ask(fields, cursor)).data).toEqual((await ask(`... on Actor { ${fields} }`, cursor)).data);
  });

  it('filters by evidence window and by confidence', async () => {
    const october = await relations({ since: '1991-10-10', until: '1991-10-31' });
    expect(october.nodes.map((n) => n.type).sort()).toEqual(['ACCUSES', 'DENIES', 'NEGOTIATES_WITH', 'NEGOTIATES_WITH']);
    expect(october.totalCount).toBe(4);
    const sure = await relations({ minConfidence: 0.86 });
    expect(sure.nodes.map((n) => n.type)).toEqual(['ATTACKS']);
    const incoming = await relations({ direction: 'IN', types: ['ATTACKS', 'DENIES', 'MEDIATES'] });
    expect(incoming.nodes.map((n) => n.type).sort()).toEqual(['ATTACKS', 'DENIES', 'MEDIATES']);
    const bad = await gql(api, RELATIONS, { id: seed.id('pak'), filter: { since: '1991-11-01', until: '1991-10-01' } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('pages with cursors, with no gaps or repeats', async () => {
    const all = await relations({});
    expect(all.totalCount).toBe(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page['actor']['relations'] = await relations({}, 3, after);
      expect(page.totalCount).toBe(7);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
  });
});

describe('time limit', () => {
  /** The real graph layer, with one unit of work made slow inside its own transaction. */
  class SlowGraph extends Graph {
    override read<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
      return super.read(name, async (tx) => {
        if (name === 'actor/get-actors') await tx.run('UNWIND range(1, 2000000000) AS x RETURN sum(x) AS total');
        return work(tx);
      });
    }
  }

  it('stops a query at the configured limit and answers SERVICE_UNAVAILABLE without internals', async () => {
    const slow = await createServer({
      graph: new SlowGraph(api.driver, { database: testEndpoint().database }, { txTimeoutMs: 500 }),
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
      const response = await slow.apollo.executeOperation({ query: `{ actor(id: "${seed.id('pak')}") { id } }` }, { contextValue: slow.contextFor(null) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const [error] = response.body.singleResult.errors ?? [];
      expect(error?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
      expect(error?.message).toBe('The query actor/get-actors took too long and was stopped.');
    } finally {
      await slow.stop();
    }
  });
});

describe('structured logs', () => {
  it('writes one line per operation: name, type, caller, duration, and error codes when it failed', async () => {
    await gql(api, `query Named { health { version } }`, {}, KEYS.read);
    await gql(api, `query Lost { egoNetwork(actor: "${seed.prefix}nobody") { truncated } }`);
    const named = logLines.find((l) => l['operation'] === 'Named');
    expect(named).toMatchObject({ msg: 'graphql request', type: 'query', who: 'reader', level: 30 });
    expect(typeof named?.['ms']).toBe('number');
    expect(named).not.toHaveProperty('errors');
    const lost = logLines.find((l) => l['operation'] === 'Lost');
    expect(lost).toMatchObject({ msg: 'graphql request failed', who: 'anonymous', errors: ['NOT_FOUND'], level: 40 });
  });
});

// Last: it merges two of the seeded actors.
describe('merged-away ids in list filters', () => {
  it('redirect to the actor they were merged into, in relations and articles filters', async () => {
    const tur = seed.id('tur');
    const qat = seed.id('qat');
    const merged = await gql(api, `mutation ($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge, reason: "test") { id } }`, { keep: tur, merge: qat }, KEYS.write);
    expect(merged.errors).toBeUndefined();
    const LISTS = `query ($actor: ID!) {
      relations(filter: { actor: $actor }) { totalCount nodes { id } }
      bySource: relations(filter: { source: $actor }) { nodes { id } }
      articles(filter: { actor: $actor }) { nodes { id } } }`;
    type Lists = { relations: { totalCount: number; nodes: Array<{ id: string }> }; bySource: { nodes: Array<{ id: string }> }; articles: { nodes: Array<{ id: string }> } };
    const viaOld = await gql<Lists>(api, LISTS, { actor: qat });
    const viaKeep = await gql<Lists>(api, LISTS, { actor: tur });
    expect(viaOld.errors).toBeUndefined();
    expect(viaOld.data).toEqual(viaKeep.data);
    expect(viaOld.data!.bySource.nodes.map((n) => n.id).sort()).toEqual(
      [seed.rel(tur, 'MEDIATES', seed.id('afg')), seed.rel(tur, 'MEDIATES', seed.id('pak'))].sort(),
    );
    expect(viaOld.data!.articles.nodes.length).toBeGreaterThan(0);
  });
});
