import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../src/domain/index.js';
import { createExtractor } from '../../../src/extract/index.js';
import { Graph } from '../../../src/graph/graph.js';
import { ensureSchema, type IngestManyDeps, ingestMany, type LoadedItem, loadPaths } from '../../../src/ingest/index.js';
import { mentionId } from '../../../src/ingest/prepare.js';
import { testDriver, testEndpoint, uniquePrefix } from '../../support/neo4j.js';
import { cleanPrefix, countPrefix, edgesOf, inconsistencies, prefixedExtractor, scriptExtractor, testGraph } from './support.js';

let driver: Driver;
let graph: Graph;
const prefixes: string[] = [];

beforeAll(async () => {
  driver = testDriver();
  graph = testGraph(driver);
  await ensureSchema(graph);
});

afterAll(async () => {
  for (const p of prefixes) await cleanPrefix(graph, p);
  await driver.close();
});

function prefix(label: string): string {
  const p = uniquePrefix(label);
  prefixes.push(p);
  return p;
}

/** Gives every loaded article an id under the test's prefix, so tests never share articles. */
async function* isolated(source: AsyncIterable<LoadedItem>, p: string): AsyncGenerator<LoadedItem> {
  for await (const item of source) {
    yield item.ok ? { ...item, input: { ...item.input, id: `${p}${item.input.id ?? item.input.url ?? item.origin}` } } : item;
  }
}

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles in the script extractor's syntax over a small pool of actors, all types, dates over years. */
function scriptArticles(p: string, n: number, seed: number, version = 0): LoadedItem[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const actors = ['pk', 'af', 'tr', 'qa', 'ir', 'cn'].map((a) => `${p}${a}`);
  return Array.from({ length: n }, (_, i) => {
    const sentences: string[] = [];
    const count = 1 + Math.floor(rnd() * 4);
    for (let s = 0; s < count + version; s++) {
      const source = pick(actors);
      const target = pick(actors.filter((a) => a !== source));
      const claimant = rnd() < 0.3 ? ` per ${pick(actors)}` : '';
      const alleged = rnd() < 0.2 ? ' allegedly' : '';
      sentences.push(`${source} ${pick(RELATION_TYPES)} ${target}${claimant}${alleged} @${10 + Math.floor(rnd() * 90)}.`);
    }
    const year = 2019 + Math.floor(rnd() * 6);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    return { ok: true, origin: `gen#${i}`, input: { id: `${p}art-${i}`, published: `${year}-${month}-15`, text: sentences.join(' ') } };
  });
}

describe('ingestMany', () => {
  it('loads a mixed-format folder with the summary right, and a second load changes no count', async () => {
    const p = prefix('mx');
    const deps: IngestManyDeps = { graph, extractor: prefixedExtractor(createExtractor(), p), maxArticleBytes: 1_000_000 };
    const failures: string[] = [];
    const written = new Map<string, string>();
    const first = await ingestMany(isolated(loadPaths(['test/fixtures/loaders/formats']), p), deps, {
      batchSize: 4,
      onFailure: (f) => failures.push(f.origin),
      onArticle: (a) => written.set(a.origin, a.article.id),
    });
    const dir = 'test/fixtures/loaders/formats';
    // Every format contributed: text, Markdown, JSON (one and array), JSONL, HTML (with Open
    // Graph and with JSON-LD metadata), RSS and Atom.
    const files = new Set([...written.keys()].map((origin) => origin.replace(/[#:]\d+$/, '').replace(`${dir}/`, '')));
    expect([...files].sort()).toEqual(
      ['ceasefire.md', 'feed.atom', 'feed.rss', 'heading.md', 'ld-json.html', 'lines.jsonl', 'many.json', 'one.json', 'page.html', 'talks.txt'],
    );
    // Metadata of the HTML pages and feed items reached the stored articles.
    const stored = async (origin: string): Promise<Record<string, unknown>> => {
      const id = written.get(origin);
      const result = await graph.read('test/article', (tx) =>
        tx.run('MATCH (a:Article {id: $id}) RETURN a.title AS title, a.source AS source, toString(a.published) AS published', { id }),
      );
      return result.records[0]?.toObject() ?? {};
    };
    expect(await stored(`${dir}/page.html`)).toEqual({ title: 'Border clashes resume after talks collapse', source: 'Example Times', published: '2025-10-30' });
    expect(await stored(`${dir}/ld-json.html`)).toEqual({ title: 'Doha statement on the truce', source: 'Gulf Daily', published: '2025-10-20' });
    expect(await stored(`${dir}/feed.atom#0`)).toMatchObject({ title: 'Ceasefire holds', published: '2025-10-24' });
    expect(await stored(`${dir}/feed.rss#0`)).toMatchObject({ title: expect.any(String), published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(first).toMatchObject({ items: 21, new: 14, updated: 0, unchanged: 0, failed: 7 });
    expect(failures.sort()).toEqual(
      [
        `${dir}/broken.json`,
        `${dir}/feed.rss#2`,
        `${dir}/lines.jsonl:3`,
        `${dir}/lines.jsonl:5`,
        `${dir}/many.json#1`,
        `${dir}/many.json#2`,
        `${dir}/many.json#3`,
      ].sort(),
    );
    expect(first.failures.find((f) => f.origin === `${dir}/many.json#3`)?.reason).toBe('"published" is not a date: not a date');
    const counts = await countPrefix(graph, p);
    expect(counts.articles).toBe(14);
    expect(counts.mentions).toBe(first.mentions);
    const edges = await edgesOf(graph, p);

    const second = await ingestMany(isolated(loadPaths([dir]), p), deps, { batchSize: 4 });
    expect(second).toMatchObject({ items: 21, new: 0, updated: 0, unchanged: 14, failed: 7, mentions: 0 });
    expect(await countPrefix(graph, p)).toEqual(counts);
    expect(await edgesOf(graph, p)).toEqual(edges);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
  });

  it('keeps aggregates equal to their evidence through batches of new, updated and unchanged articles', async () => {
    const p = prefix('ag');
    const deps: IngestManyDeps = { graph, extractor: scriptExtractor(), maxArticleBytes: 100_000 };
    const first = await ingestMany(scriptArticles(p, 120, 7), deps, { batchSize: 25 });
    expect(first).toMatchObject({ new: 120, failed: 0 });
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
    const counts = await countPrefix(graph, p);
    expect(counts.articles).toBe(120);
    expect(counts.mentions).toBe(first.mentions);

    // Every third article changes, and new ones arrive in the same batches.
    const changed = scriptArticles(p, 160, 7).map((item, i) => (i % 3 === 0 && i < 120 ? (scriptArticles(p, 160, 1000 + i, 1)[i] as LoadedItem) : item));
    const second = await ingestMany(changed, deps, { batchSize: 25 });
    expect(second).toMatchObject({ new: 40, updated: 40, unchanged: 80, failed: 0 });
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });

    // Back to the first version: the graph is what the first load alone would have made (plus the 40 new).
    const back = [...scriptArticles(p, 120, 7), ...changed.slice(120)];
    const third = await ingestMany(back, deps, { batchSize: 25 });
    expect(third).toMatchObject({ updated: 40, unchanged: 120 });
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
  });

  it('two loaders racing over the same articles create no duplicates and keep aggregates exact', async () => {
    const p = prefix('cc');
    const deps: IngestManyDeps = { graph, extractor: scriptExtractor(), maxArticleBytes: 100_000 };
    const articles = scriptArticles(p, 80, 11);
    const [a, b] = await Promise.all([
      ingestMany(articles, deps, { batchSize: 10 }),
      ingestMany([...articles].reverse(), deps, { batchSize: 7 }),
    ]);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(a.new + b.new).toBe(80);
    expect(a.new + a.unchanged).toBe(80);
    const counts = await countPrefix(graph, p);
    expect(counts.articles).toBe(80);
    expect(counts.mentions).toBe(a.mentions + b.mentions);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
  });

  it('with several writes in flight, a later version of an article still commits last', async () => {
    const p = prefix('wf');
    // The first batch holds its transaction open for a while, so a later batch with the same
    // articles would overtake it if the pipeline let it.
    let writes = 0;
    const slowFirst = new (class extends Graph {
      override write<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
        const slow = name === 'ingest/write-batch' && writes++ === 0;
        return super.write(name, async (tx) => {
          const result = await work(tx);
          if (slow) await new Promise((resolve) => setTimeout(resolve, 1500));
          return result;
        });
      }
    })(driver, { database: testEndpoint().database }, { txTimeoutMs: 30_000 });
    const deps: IngestManyDeps = { graph: slowFirst, extractor: scriptExtractor(), maxArticleBytes: 100_000 };
    const v0 = scriptArticles(p, 60, 21);
    const v1 = scriptArticles(p, 60, 77, 1);
    // Batches of 10: the new versions of articles 0–9 come two batches after their first versions.
    const items = [...v0.slice(0, 30), ...v1.slice(0, 10), ...v0.slice(30)];
    const summary = await ingestMany(items, deps, { batchSize: 10, writesInFlight: 4 });
    expect(summary).toMatchObject({ new: 60, updated: 10, unchanged: 0, failed: 0 });
    const texts = await graph.read('test/texts', (tx) =>
      tx.run('MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a.id AS id, a.text AS text', { p }),
    );
    const byId = new Map(texts.records.map((r) => [String(r.get('id')), String(r.get('text'))]));
    for (const item of [...v1.slice(0, 10), ...v0.slice(10)]) {
      if (!item.ok) throw new Error('fixture');
      expect(byId.get(item.input.id ?? '')).toBe(item.input.text);
    }
    expect((await countPrefix(graph, p)).articles).toBe(60);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
  });

  it('a failing article is reported and the rest of its batch is written', async () => {
    const p = prefix('bf');
    const deps: IngestManyDeps = { graph, extractor: scriptExtractor(), maxArticleBytes: 100_000 };
    const articles = scriptArticles(p, 6, 3);
    // A mention already holding the id one of article 2's mentions will get makes its write fail.
    const victim = articles[2];
    if (!victim?.ok) throw new Error('fixture');
    const text = victim.input.text;
    const firstSentence = text.slice(0, text.indexOf('.') + 1);
    const [source, type, target] = firstSentence.split(' ');
    const clash = mentionId(`${p}art-2`, type as (typeof RELATION_TYPES)[number], source ?? '', target ?? '', 0, firstSentence.length);
    await graph.write('test/clash', (tx) => tx.run('CREATE (:Mention {id: $id, articleId: $a})', { id: clash, a: `blocker-${p}` }));
    try {
      const summary = await ingestMany(articles, deps, { batchSize: 6 });
      expect(summary).toMatchObject({ new: 5, failed: 1 });
      expect(summary.failures[0]).toMatchObject({ origin: 'gen#2', reason: expect.stringContaining('Conflicting write') });
      expect((await countPrefix(graph, p)).articles).toBe(5);
      expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
    } finally {
      await graph.write('test/clash', (tx) => tx.run('MATCH (m:Mention {id: $id}) DELETE m', { id: clash }));
    }
  });

  it('a dry run reads statuses but writes nothing', async () => {
    const p = prefix('dr');
    const deps: IngestManyDeps = { graph, extractor: scriptExtractor(), maxArticleBytes: 100_000 };
    const articles = scriptArticles(p, 10, 5);
    await ingestMany(articles.slice(0, 4), deps);
    const before = await countPrefix(graph, p);
    const edges = await edgesOf(graph, p);
    const changed = articles.map((a, i) => (i === 0 && a.ok ? { ...a, input: { ...a.input, text: `${a.input.text} ${p}pk ATTACKS ${p}af.` } } : a));
    const summary = await ingestMany(changed, deps, { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, new: 6, updated: 1, unchanged: 3 });
    expect(await countPrefix(graph, p)).toEqual(before);
    expect(await edgesOf(graph, p)).toEqual(edges);
  });

  it('stops with DATABASE_UNAVAILABLE when there is no database', async () => {
    // Port 9 (discard) has no listener; a short retry budget keeps the test quick.
    const gone = neo4j.driver('bolt://127.0.0.1:9', undefined, { maxTransactionRetryTime: 500, connectionTimeout: 1000 });
    try {
      const deps: IngestManyDeps = { graph: new Graph(gone, { database: null }, { txTimeoutMs: 5000 }), extractor: scriptExtractor(), maxArticleBytes: 1000 };
      await expect(ingestMany(scriptArticles('x-', 3, 1), deps)).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    } finally {
      await gone.close();
    }
  });
});
