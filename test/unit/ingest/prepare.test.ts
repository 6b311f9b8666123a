import { describe, expect, it } from 'vitest';
import type { Actor, ExtractedRelation } from '../../../src/domain/index.js';
import { toArticle } from '../../../src/extract/index.js';
import { aggregateMentionRows, collectActors, mentionId, prepareArticle } from '../../../src/ingest/prepare.js';

const actor = (id: string, name: string, aliases: string[] = [], affiliation: string | null = null): Actor => ({
  id,
  name,
  type: 'COUNTRY',
  aliases,
  affiliation,
});

const relation = (source: string, type: ExtractedRelation['type'], target: string, start: number, extra: Partial<ExtractedRelation> = {}): ExtractedRelation => ({
  source,
  target,
  type,
  evidence: 'e',
  start,
  end: start + 1,
  confidence: 0.5,
  claimant: null,
  alleged: false,
  cameo: '000',
  goldstein: 0,
  ...extra,
});

describe('prepareArticle', () => {
  const article = toArticle({ id: 'a1', text: 'Some text.', published: '2025-10-27T10:00:00Z' });

  it('gives each relation a stable mention id, the article date and the edge id, dropping exact duplicates', () => {
    const extraction = {
      id: 'a1',
      actors: [actor('pk', 'Pakistan'), actor('af', 'Afghanistan')],
      relations: [relation('pk', 'ACCUSES', 'af', 0), relation('pk', 'ACCUSES', 'af', 0), relation('af', 'DENIES', 'pk', 5)],
    };
    const prepared = prepareArticle('file.txt', article, extraction);
    expect(prepared.write.mentions).toHaveLength(2);
    expect(prepared.write.mentions[0]).toMatchObject({
      id: mentionId('a1', 'ACCUSES', 'pk', 'af', 0, 1),
      relationId: 'pk|ACCUSES|af',
      articleId: 'a1',
      date: '2025-10-27',
    });
    expect(prepareArticle('x', article, extraction).write.mentions[0]?.id).toBe(prepared.write.mentions[0]?.id);
    expect(mentionId('a1', 'ACCUSES', 'pk', 'af', 0, 2)).not.toBe(mentionId('a1', 'ACCUSES', 'pk', 'af', 0, 1));
    expect(prepared.write.published).toBe('2025-10-27');
  });

  it('rejects a relation whose actor the extraction does not define', () => {
    const extraction = { id: 'a1', actors: [actor('pk', 'Pakistan')], relations: [relation('pk', 'ATTACKS', 'ghost', 0)] };
    expect(() => prepareArticle('x', article, extraction)).toThrow(/unknown actor "ghost"/);
  });
});

describe('collectActors', () => {
  it('merges actors by id, unions names in order, keeps the first name and a known affiliation, sorts by id', () => {
    const rows = collectActors([
      actor('pk', 'Pakistan', ['Islamabad']),
      actor('af', 'Afghanistan'),
      actor('pk', 'Pakistani government', ['Islamabad', 'Pakistan'], 'x'),
    ]);
    expect(rows).toEqual([
      { id: 'af', name: 'Afghanistan', type: 'COUNTRY', names: ['Afghanistan'], affiliation: null },
      { id: 'pk', name: 'Pakistan', type: 'COUNTRY', names: ['Pakistan', 'Islamabad', 'Pakistani government'], affiliation: 'x' },
    ]);
  });
});

describe('aggregateMentionRows', () => {
  it('sums a batch per edge: count, distinct articles, confidence, allegations, date range, claimants', () => {
    const a = prepareArticle('a', toArticle({ id: 'a', text: 't', published: '2024-01-05' }), {
      id: 'a',
      actors: [actor('pk', 'P'), actor('af', 'A'), actor('us', 'U')],
      relations: [
        relation('pk', 'ACCUSES', 'af', 0, { confidence: 0.9, claimant: 'us' }),
        relation('pk', 'ACCUSES', 'af', 3, { confidence: 0.5, alleged: true }),
      ],
    });
    const b = prepareArticle('b', toArticle({ id: 'b', text: 't', published: '2023-06-01' }), {
      id: 'b',
      actors: [actor('pk', 'P'), actor('af', 'A')],
      relations: [relation('pk', 'ACCUSES', 'af', 0, { confidence: 0.1 }), relation('af', 'ATTACKS', 'pk', 9)],
    });
    const c = prepareArticle('c', toArticle({ id: 'c', text: 't' }), {
      id: 'c',
      actors: [actor('pk', 'P'), actor('af', 'A')],
      relations: [relation('af', 'ATTACKS', 'pk', 1)],
    });
    const rows = aggregateMentionRows([...a.write.mentions, ...b.write.mentions, ...c.write.mentions]);
    expect(rows.map((r) => r.id)).toEqual(['af|ATTACKS|pk', 'pk|ACCUSES|af']);
    expect(rows[1]).toMatchObject({
      count: 3,
      articleCount: 2,
      allegedCount: 1,
      firstSeen: '2023-06-01',
      lastSeen: '2024-01-05',
      claimantIds: ['us'],
      reset: false,
      cameo: '112',
      goldstein: -2,
    });
    expect(rows[1]?.confidenceSum).toBeCloseTo(1.5);
    // An undated article adds to the counts but not to the date range.
    expect(rows[0]).toMatchObject({ count: 2, articleCount: 2, firstSeen: '2023-06-01', lastSeen: '2023-06-01' });
  });
});
