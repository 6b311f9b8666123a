import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/graph.js';
import { ensureSchema, ingestMany, type IngestSummary } from '../../src/ingest/index.js';
import type { KgServer } from '../../src/server/create-server.js';
import { inconsistencies } from '../integration/ingest/support.js';
import { uniquePrefix } from '../support/neo4j.js';
import { bearer, type DedicatedNeo4j, figure, gql, KEYS, snapshot, startDedicatedNeo4j, startServer, stream, syntheticCorpus } from './support.js';

/**
 * Neo4j killed (SIGKILL) in the middle of a large ingest, then started again on the same port and
 * data directory. A dedicated instance: the shared test database is never stopped.
 */
const N = 600;
let db: DedicatedNeo4j;
let graph: Graph;
let api: { server: KgServer; url: string; base: string };

beforeAll(async () => {
  db = await startDedicatedNeo4j('failure');
  graph = new Graph(db.driver, { database: null }, { txTimeoutMs: 30_000 });
  await ensureSchema(graph);
});

afterAll(async () => {
  await api?.server.stop();
  await db?.dispose();
});

describe('Neo4j stopped in the middle of an ingest', () => {
  it('leaves no article half-written, reports the failure, and a rerun completes it', { timeout: 300_000 }, async () => {
    const p = uniquePrefix('nf');
    const corpus = syntheticCorpus(p, N, 11);
    const deps = { graph, extractor: corpus.extractor, maxArticleBytes: 100_000 };
    api = await startServer(graph, corpus.extractor);

    // Kill the database once a third of the articles are committed.
    const reported = new Set<string>();
    let killed: Promise<void> | null = null;
    let killedAt = 0;
    const first = ingestMany(stream(corpus.items), deps, {
      batchSize: 25,
      onArticle: (o) => {
        reported.add(o.article.id);
        if (!killed && reported.size >= N / 3) {
          killedAt = performance.now();
          killed = db.kill();
        }
      },
    });
    const failure = await first.then(
      (summary: IngestSummary) => ({ summary, error: null }),
      (error: unknown) => ({ summary: null, error }),
    );
    const failedAfterMs = Math.round(performance.now() - killedAt);
    expect(killed).not.toBeNull();
    await killed;
    expect(failure.summary).toBeNull();
    expect(failure.error).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: 'The graph database is unavailable.' });
    figure('failure: articles reported committed before the kill', reported.size);
    figure('failure: ingest gave up this long after the kill (ms, driver retries included)', failedAfterMs);

    // While it is down: /readyz fails and GraphQL answers SERVICE_UNAVAILABLE; /healthz (liveness) still answers.
    const readyDown = performance.now();
    const ready = await fetch(`${api.base}/readyz`);
    const readyMs = Math.round(performance.now() - readyDown);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: false });
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
    const down = await gql(api.url, { query: '{ actors(first: 5) { nodes { id } } }' });
    expect(down.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.body.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|bolt:|127\.0\.0\.1/);
    const ingestDown = await fetch(`${api.base}/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.write) },
      body: JSON.stringify({ id: `${p}while-down`, text: 'Pakistan accused Afghanistan of shelling.' }),
    });
    expect(ingestDown.status).toBe(503);
    expect(((await ingestDown.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    figure('failure: /readyz answered 503 in (ms)', readyMs);
    figure('failure: GraphQL answered SERVICE_UNAVAILABLE in (ms)', Math.round(down.ms));

    await db.restart();

    // The same server (not restarted) serves again once the driver has reconnected: the first
    // probe may still be busy opening a connection to the fresh server, so poll (bounded).
    const restartedAt = performance.now();
    let readyAgain = 0;
    for (let i = 0; i < 30 && readyAgain !== 200; i++) {
      readyAgain = (await fetch(`${api.base}/readyz`)).status;
      if (readyAgain !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(readyAgain).toBe(200);
    figure('failure: /readyz 200 again after the restart in (ms)', Math.round(performance.now() - restartedAt));
    const up = await gql(api.url, { query: '{ actors(first: 5) { nodes { id } } }' });
    expect(up.body.errors).toBeUndefined();

    // All of an article's relations or none: every stored article has exactly the mentions its
    // extraction gives (checked against the complete load below), and nothing is orphaned.
    const afterCrash = await snapshot(graph, p);
    figure('failure: articles stored after the restart', afterCrash.articles);
    for (const id of reported) expect(afterCrash.mentionsPerArticle.has(id.slice(p.length))).toBe(true);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });

    // The rerun skips what is stored and writes the rest.
    const rerun = await ingestMany(stream(corpus.items), deps, { batchSize: 25 });
    expect(rerun).toMatchObject({ items: N, failed: 0, unchanged: afterCrash.articles, new: N - afterCrash.articles });
    const complete = await snapshot(graph, p);
    for (const [id, mentions] of afterCrash.mentionsPerArticle) expect(complete.mentionsPerArticle.get(id)).toBe(mentions);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });

    // And the result is exactly what one uninterrupted load builds.
    const q = uniquePrefix('nr');
    const reference = syntheticCorpus(q, N, 11);
    await ingestMany(stream(reference.items), { ...deps, extractor: reference.extractor }, { batchSize: 25 });
    const clean = await snapshot(graph, q);
    expect({ ...complete, mentionsPerArticle: null }).toEqual({ ...clean, mentionsPerArticle: null });
    expect([...complete.mentionsPerArticle].sort()).toEqual([...clean.mentionsPerArticle].sort());
    expect(complete.articles).toBe(N);
    figure('failure: final graph', { articles: complete.articles, actors: complete.actors, mentions: complete.mentions, edges: complete.edges, lost: 0 });
  });
});
