import { describe, expect, it } from 'vitest';
import type { Article, ExtractionResult } from '../../../src/domain/index.js';
import type { Extractor } from '../../../src/extract/index.js';
import { type ArticleOutcome, ingestMany, type LoadedItem } from '../../../src/ingest/index.js';

/** One actor pair per article; throws on articles whose text says so. */
const extractor: Extractor = {
  extract(article: Article): ExtractionResult {
    if (article.text.includes('EXPLODE')) throw new Error('extractor failed');
    return {
      id: article.id,
      actors: [
        { id: 'a', name: 'A', type: 'COUNTRY', aliases: [], affiliation: null },
        { id: 'b', name: 'B', type: 'COUNTRY', aliases: [], affiliation: null },
      ],
      relations: [
        { source: 'a', target: 'b', type: 'ACCUSES', evidence: article.text, start: 0, end: article.text.length, confidence: 1, claimant: null, alleged: false, cameo: '112', goldstein: -2 },
      ],
    };
  },
};

async function* items(list: LoadedItem[]): AsyncGenerator<LoadedItem> {
  for (const item of list) yield item;
}

describe('ingestMany (dry run, no database)', () => {
  it('extracts every valid article, reports bad items with reasons and goes on', async () => {
    const outcomes: ArticleOutcome[] = [];
    const progress: number[] = [];
    const summary = await ingestMany(
      items([
        { ok: true, origin: 'f1', input: { id: 'x1', text: 'One.' } },
        { ok: false, origin: 'f2:3', reason: 'invalid JSON: boom' },
        { ok: true, origin: 'f3', input: { id: 'x3', text: '   ' } },
        { ok: true, origin: 'f4', input: { id: 'x4', text: 'EXPLODE' } },
        { ok: true, origin: 'f5', input: { id: 'x5', text: 'Five.' } },
        { ok: true, origin: 'f6', input: { id: 'x6', text: 'x'.repeat(200) } },
      ]),
      { graph: null, extractor, maxArticleBytes: 100 },
      { dryRun: true, batchSize: 2, onArticle: (o) => outcomes.push(o), onProgress: (p) => progress.push(p.done) },
    );
    expect(summary).toMatchObject({ dryRun: true, items: 6, new: 2, updated: 0, unchanged: 0, failed: 4, mentions: 2, failuresTruncated: false });
    expect(summary.failures).toEqual([
      { origin: 'f2:3', reason: 'invalid JSON: boom' },
      { origin: 'f3', reason: '"text" is empty' },
      { origin: 'f4', reason: 'extractor failed' },
      { origin: 'f6', reason: '"text" is 200 bytes, over the limit of 100' },
    ]);
    expect(outcomes.map((o) => [o.origin, o.status, o.relations.length])).toEqual([
      ['f1', 'NEW', 1],
      ['f5', 'NEW', 1],
    ]);
    expect(progress.at(-1)).toBe(6);
  });

  it('keeps a bounded list of failure reasons but counts them all', async () => {
    const bad: LoadedItem[] = Array.from({ length: 5 }, (_, i) => ({ ok: false, origin: `f${i}`, reason: 'bad' }));
    const summary = await ingestMany(items(bad), { graph: null, extractor, maxArticleBytes: 100 }, { dryRun: true, maxFailuresKept: 2 });
    expect(summary.failed).toBe(5);
    expect(summary.failures).toHaveLength(2);
    expect(summary.failuresTruncated).toBe(true);
  });

  it('refuses to write without a graph', async () => {
    await expect(ingestMany(items([]), { graph: null, extractor, maxArticleBytes: 100 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
