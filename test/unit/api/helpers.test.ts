import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeRelationCursor, encodeCursor, pageSize, relationCursor, toConnection } from '../../../src/api/connection.js';
import { toLuceneQuery } from '../../../src/api/resolvers/actor.js';
import { toTimeline } from '../../../src/api/resolvers/buckets.js';
import { acceptsEvent } from '../../../src/api/resolvers/subscription.js';
import type { EvidenceRow, RelationRow } from '../../../src/graph/rows.js';
import { AppError } from '../../../src/errors.js';

const relation: RelationRow = {
  id: 'pakistan|ACCUSES|afghanistan',
  type: 'ACCUSES',
  sourceId: 'pakistan',
  targetId: 'afghanistan',
  cameo: '112',
  goldstein: -2,
  count: 2,
  articleCount: 2,
  confidence: 0.8,
  firstSeen: '2025-10-01',
  lastSeen: '2025-10-15',
  claimantIds: [],
  alleged: false,
  retracted: false,
};
const evidence: EvidenceRow = {
  id: 'm-1',
  relationId: relation.id,
  sentence: 'Pakistan accused Afghanistan.',
  start: 0,
  end: 29,
  articleId: 'a1',
  date: '2025-10-15',
  claimantId: null,
  confidence: 0.8,
  alleged: false,
};

describe('cursors and pages', () => {
  it('round-trips opaque cursors and refuses foreign ones', () => {
    const c = encodeCursor('an', ['Pakistan', 'pakistan']);
    expect(c).not.toContain('Pakistan');
    expect(decodeCursor('an', c, 2)).toEqual(['Pakistan', 'pakistan']);
    expect(() => decodeCursor('ad', c, 2)).toThrow(AppError);
    expect(() => decodeCursor('an', 'bm9wZQ', 2)).toThrow(AppError);
    expect(decodeRelationCursor(relationCursor(relation))).toEqual({ afterSource: 'pakistan', after: relation.id });
    expect(decodeRelationCursor(null)).toEqual({ afterSource: '', after: '' });
  });

  it('bounds page sizes', () => {
    expect(pageSize(0, 10)).toBe(0);
    expect(pageSize(10, 10)).toBe(10);
    expect(() => pageSize(11, 10)).toThrow(/between 0 and 10/);
    expect(() => pageSize(-1, 10)).toThrow(AppError);
  });

  it('uses the extra row only to tell that a next page exists', async () => {
    const page = toConnection([1, 2, 3], 2, (n) => `c${n}`, () => Promise.resolve(3));
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c2' });
    expect(await page.count()).toBe(3);
    expect(toConnection([], 2, String, () => Promise.resolve(0)).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});

describe('search queries', () => {
  it('keeps only words, so no user character reaches Lucene syntax', () => {
    expect(toLuceneQuery('Khawaja  Asif')).toBe('(khawaja^3 OR khawaja* OR khawaja~1) AND (asif^3 OR asif* OR asif~1)');
    expect(toLuceneQuery('TTP:*) OR (x')).toBe('(ttp^3 OR ttp*) AND (or^3 OR or*) AND (x^3 OR x*)');
    expect(toLuceneQuery('Türkiye')).toBe('(türkiye^3 OR türkiye* OR türkiye~1)');
    expect(() => toLuceneQuery(' ?! ')).toThrow(AppError);
  });
});

describe('timelines', () => {
  it('fills empty buckets between the first and the last, with mean Goldstein', () => {
    const rows = [
      { bucket: '2025-09-01', type: 'ACCUSES' as const, count: 2, goldsteinSum: -4 },
      { bucket: '2025-09-01', type: 'MEDIATES' as const, count: 1, goldsteinSum: 5 },
      { bucket: '2025-11-01', type: 'ATTACKS' as const, count: 1, goldsteinSum: -10 },
    ];
    expect(toTimeline(rows, 'month')).toEqual([
      { start: '2025-09-01', total: 3, goldstein: 0.333, counts: [{ type: 'ACCUSES', count: 2 }, { type: 'MEDIATES', count: 1 }] },
      { start: '2025-10-01', total: 0, goldstein: null, counts: [] },
      { start: '2025-11-01', total: 1, goldstein: -10, counts: [{ type: 'ATTACKS', count: 1 }] },
    ]);
    expect(toTimeline([{ bucket: '2025-12-29', type: 'DENIES', count: 1, goldsteinSum: -2 }, { bucket: '2026-01-12', type: 'DENIES', count: 1, goldsteinSum: -2 }], 'week').map((b) => b.start)).toEqual([
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
    ]);
    expect(toTimeline([], 'day')).toEqual([]);
  });
});

describe('relationAdded filters', () => {
  it('apply the relations(filter:) semantics to one event', () => {
    const event = { relation, evidence };
    expect(acceptsEvent(null)(event)).toBe(true);
    expect(acceptsEvent({ types: ['ACCUSES'], actor: 'afghanistan' })(event)).toBe(true);
    expect(acceptsEvent({ types: ['DENIES'] })(event)).toBe(false);
    expect(acceptsEvent({ source: 'afghanistan' })(event)).toBe(false);
    expect(acceptsEvent({ target: 'afghanistan', minConfidence: 0.9 })(event)).toBe(false);
    expect(acceptsEvent({ since: '2025-10-16' })(event)).toBe(false);
    expect(acceptsEvent({ until: '2025-10-15', article: 'a1' })(event)).toBe(true);
  });
});
