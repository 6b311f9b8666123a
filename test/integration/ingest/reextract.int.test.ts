import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/index.js';
import { createExtractor, type Extractor, toArticle } from '../../../src/extract/index.js';
import type { Graph } from '../../../src/graph/graph.js';
import { ensureSchema, ingestArticle, type IngestManyDeps, ingestMany, type LoadedItem } from '../../../src/ingest/index.js';
import { relationId } from '../../../src/ingest/prepare.js';
import { testDriver, uniquePrefix } from '../../support/neo4j.js';
import { cleanPrefix, countPrefix, edgesOf, inconsistencies, prefixedExtractor, testGraph } from './support.js';

let driver: Driver;
let graph: Graph;
let dir: string;
const prefixes: string[] = [];

/** Two unknown names the user's lexicon makes actors of: one new, one that takes "Kabul" over. */
const LEXICON = {
  entries: [
    { name: 'Zorblax Front', type: 'ORGANIZATION', kind: 'armed-group', aliases: ['Zorblax'] },
    { id: 'kabul-city-council', name: 'Kabul City Council', type: 'ORGANIZATION', kind: 'organization', aliases: ['Kabul'] },
  ],
};
const TEXT = 'Pakistan accused Kabul of harbouring militants. Turkey criticised Zorblax for the attack on the convoy.';

let base: Extractor;
let improved: Extractor;

beforeAll(async () => {
  driver = testDriver();
  graph = testGraph(driver);
  await ensureSchema(graph);
  dir = mkdtempSync(join(tmpdir(), 'kg-reextract-'));
  const file = join(dir, 'lexicon.json');
  writeFileSync(file, JSON.stringify(LEXICON));
  base = createExtractor();
  improved = createExtractor({ lexiconFiles: [file] });
});

afterAll(async () => {
  for (const p of prefixes) await cleanPrefix(graph, p);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

function prefix(label: string): string {
  const p = uniquePrefix(label);
  prefixes.push(p);
  return p;
}

function item(p: string): LoadedItem {
  return { ok: true, origin: 'article.txt', input: { id: `${p}art`, text: TEXT, published: '2025-10-20' } };
}

/** The relation ids an extraction puts in the graph. */
function relationIds(result: Pick<ExtractionResult, 'relations'>): string[] {
  return [...new Set(result.relations.map((r) => relationId(r.source, r.type, r.target)))].sort();
}

async function storedFingerprint(id: string): Promise<unknown> {
  const rows = await graph.read('test/article-extractor', (tx) => tx.run('MATCH (a:Article {id: $id}) RETURN a.extractor AS extractor', { id }));
  return rows.records[0]?.get('extractor');
}

describe('re-extraction after a change of the extractor', () => {
  it('a rerun with the same extractor is UNCHANGED; with a changed lexicon it is UPDATED and the graph holds only the new extraction', async () => {
    const p = prefix('rx');
    const before = prefixedExtractor(base, p);
    const after = prefixedExtractor(improved, p);
    expect(before.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    // The lexicon changes what is extracted: a relation only the old extractor finds, one only the new one finds.
    const article = toArticle({ id: `${p}art`, text: TEXT, published: '2025-10-20' });
    const oldIds = relationIds(before.extract(article));
    const newIds = relationIds(after.extract(article));
    const oldOnly = oldIds.filter((id) => !newIds.includes(id));
    expect(oldOnly.length).toBeGreaterThan(0);
    expect(newIds.filter((id) => id.includes(`${p}zorblax-front`) || id.includes(`${p}kabul-city-council`)).length).toBeGreaterThan(0);

    const depsBefore: IngestManyDeps = { graph, extractor: before, maxArticleBytes: 100_000 };
    const first = await ingestMany([item(p)], depsBefore);
    expect(first).toMatchObject({ new: 1, updated: 0, unchanged: 0, failed: 0 });
    expect(await storedFingerprint(`${p}art`)).toBe(before.fingerprint);
    expect((await edgesOf(graph, p)).map((e) => e.id)).toEqual(oldIds);
    const loaded = await countPrefix(graph, p);

    const rerun = await ingestMany([item(p)], depsBefore);
    expect(rerun).toMatchObject({ new: 0, updated: 0, unchanged: 1, mentions: 0 });
    expect(await countPrefix(graph, p)).toEqual(loaded);

    const reextracted = await ingestMany([item(p)], { ...depsBefore, extractor: after });
    expect(reextracted).toMatchObject({ new: 0, updated: 1, unchanged: 0, failed: 0 });
    expect(await storedFingerprint(`${p}art`)).toBe(after.fingerprint);
    const edges = await edgesOf(graph, p);
    expect(edges.map((e) => e.id)).toEqual(newIds);
    for (const id of oldOnly) expect(edges.map((e) => e.id)).not.toContain(id);
    // Nothing duplicated: one article, one mention per extracted relation, each edge counted once.
    const counts = await countPrefix(graph, p);
    expect(counts.articles).toBe(1);
    expect(counts.mentions).toBe(reextracted.mentions);
    expect(counts.edges).toBe(newIds.length);
    for (const e of edges) expect(e.articleCount).toBe(1);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });

    const again = await ingestMany([item(p)], { ...depsBefore, extractor: after });
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
    expect(await edgesOf(graph, p)).toEqual(edges);
  });

  it('the single-article path decides in its transaction: a changed extractor is UPDATED, the same one UNCHANGED', async () => {
    const p = prefix('rs');
    const deps = { graph, maxArticleBytes: 100_000 };
    const input = { id: `${p}art`, text: TEXT, published: '2025-10-20' };
    expect((await ingestArticle(input, { ...deps, extractor: prefixedExtractor(improved, p) })).status).toBe('NEW');
    expect((await ingestArticle(input, { ...deps, extractor: prefixedExtractor(improved, p) })).status).toBe('UNCHANGED');
    const report = await ingestArticle(input, { ...deps, extractor: prefixedExtractor(base, p) });
    expect(report.status).toBe('UPDATED');
    expect((await edgesOf(graph, p)).map((e) => e.id)).toEqual(relationIds(report));
    expect(await storedFingerprint(`${p}art`)).toBe(base.fingerprint);
    expect(await inconsistencies(graph, p)).toEqual({ edges: [], orphans: [], lists: [] });
  });

  it('an article stored without a fingerprint counts as changed and is re-extracted once', async () => {
    const p = prefix('rl');
    const deps: IngestManyDeps = { graph, extractor: prefixedExtractor(base, p), maxArticleBytes: 100_000 };
    await ingestMany([item(p)], deps);
    const edges = await edgesOf(graph, p);
    const counts = await countPrefix(graph, p);
    await graph.write('test/forget-extractor', (tx) => tx.run('MATCH (a:Article {id: $id}) REMOVE a.extractor', { id: `${p}art` }));

    expect(await ingestMany([item(p)], deps)).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    expect(await storedFingerprint(`${p}art`)).toBe(base.fingerprint);
    expect(await countPrefix(graph, p)).toEqual(counts);
    expect(await edgesOf(graph, p)).toEqual(edges);
    expect(await ingestMany([item(p)], deps)).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
  });
});
