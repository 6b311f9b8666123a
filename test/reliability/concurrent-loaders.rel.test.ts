import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { ensureSchema, ingestMany, type IngestSummary, type LoadedItem } from '../../src/ingest/index.js';
import { inconsistencies } from '../integration/ingest/support.js';
import { uniquePrefix } from '../support/neo4j.js';
import { deletePrefix, figure, sharedGraph, snapshot, stream, syntheticCorpus } from './support.js';

/**
 * Eight loaders, each with its own driver (as eight `kg ingest` processes would have), load
 * overlapping slices of one corpus at the same time, in different orders and batch sizes. The
 * graph they build must equal, exactly, the one a single sequential load builds.
 */
const N = 320;
const LOADERS = 8;
const SLICE = 120;

let graphs: Graph[] = [];
const prefixes: string[] = [];

beforeAll(async () => {
  graphs = Array.from({ length: LOADERS }, () => sharedGraph());
  await ensureSchema(graphs[0]!);
});

afterAll(async () => {
  for (const p of prefixes) await deletePrefix(graphs[0]!, p);
  await Promise.all(graphs.map((g) => g.close()));
});

/** Loader i's share: SLICE articles starting at i * N / LOADERS (wrapping), every other loader reversed. */
function sliceOf(items: readonly LoadedItem[], i: number): LoadedItem[] {
  const start = (i * N) / LOADERS;
  const slice = Array.from({ length: SLICE }, (_, k) => items[(start + k) % N]!);
  return i % 2 === 0 ? slice : slice.reverse();
}

describe('concurrent loaders', () => {
  it('8 loaders over overlapping sets build exactly the graph of one sequential load', async () => {
    const p = uniquePrefix('cl');
    const q = uniquePrefix('cs');
    prefixes.push(p, q);
    const concurrent = syntheticCorpus(p, N, 23);
    const sequential = syntheticCorpus(q, N, 23);

    const started = performance.now();
    const summaries: IngestSummary[] = await Promise.all(
      graphs.map((graph, i) =>
        ingestMany(stream(sliceOf(concurrent.items, i)), { graph, extractor: concurrent.extractor, maxArticleBytes: 100_000 }, { batchSize: [10, 25, 7, 50][i % 4] }),
      ),
    );
    const concurrentMs = Math.round(performance.now() - started);
    const attempted = summaries.reduce((sum, s) => sum + s.items, 0);
    expect(attempted).toBe(LOADERS * SLICE);
    expect(summaries.flatMap((s) => s.failures)).toEqual([]);
    // Every article is NEW for exactly one loader; the others found it stored (or saw it committed).
    expect(summaries.reduce((sum, s) => sum + s.new, 0)).toBe(N);
    expect(summaries.reduce((sum, s) => sum + s.updated, 0)).toBe(0);

    const t0 = performance.now();
    const single = await ingestMany(stream(sequential.items), { graph: graphs[0]!, extractor: sequential.extractor, maxArticleBytes: 100_000 }, { batchSize: 25 });
    const sequentialMs = Math.round(performance.now() - t0);
    expect(single).toMatchObject({ items: N, new: N, failed: 0 });

    const [a, b] = await Promise.all([snapshot(graphs[0]!, p), snapshot(graphs[0]!, q)]);
    expect({ actors: a.actors, articles: a.articles, mentions: a.mentions, edges: a.edges }).toEqual({
      actors: b.actors,
      articles: b.articles,
      mentions: b.mentions,
      edges: b.edges,
    });
    expect(a.articles).toBe(N);
    // Same edges with the same aggregates (count, article count, confidence sum, claimants, dates).
    expect(a.edgeLines).toEqual(b.edgeLines);
    expect([...a.mentionsPerArticle].sort()).toEqual([...b.mentionsPerArticle].sort());
    expect(await inconsistencies(graphs[0]!, p)).toEqual({ edges: [], orphans: [], lists: [] });

    figure('concurrent: loaders x articles attempted', `${LOADERS} x ${SLICE} = ${attempted} over ${N} distinct`);
    figure('concurrent: graph', { actors: a.actors, articles: a.articles, mentions: a.mentions, edges: a.edges, duplicates: 0, missing: 0 });
    figure('concurrent: wall time (ms) 8 loaders vs 1 sequential', { concurrentMs, sequentialMs });
    figure('concurrent: per-loader new/unchanged', summaries.map((s) => `${s.new}/${s.unchanged}`).join(' '));
  });

  it('8 loaders racing on the very same 40 articles in the same order still write each once', async () => {
    const p = uniquePrefix('cr');
    prefixes.push(p);
    const corpus = syntheticCorpus(p, 40, 29);
    const summaries = await Promise.all(
      graphs.map((graph) => ingestMany(stream(corpus.items), { graph, extractor: corpus.extractor, maxArticleBytes: 100_000 }, { batchSize: 5 })),
    );
    expect(summaries.flatMap((s) => s.failures)).toEqual([]);
    expect(summaries.reduce((sum, s) => sum + s.new, 0)).toBe(40);
    const a = await snapshot(graphs[0]!, p);
    expect(a.articles).toBe(40);
    expect(await inconsistencies(graphs[0]!, p)).toEqual({ edges: [], orphans: [], lists: [] });
    figure('concurrent (same order): per-loader new/unchanged', summaries.map((s) => `${s.new}/${s.unchanged}`).join(' '));
  });
});
