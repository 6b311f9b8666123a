import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult, RelationType } from '../../../src/domain/index.js';
import { createExtractor, toArticle } from '../../../src/extract/index.js';

/** The reference article of the spine issue: every item it lists, with nothing special-cased. */
const text = readFileSync(new URL('../../../samples/istanbul-talks.txt', import.meta.url), 'utf8');
let result: ExtractionResult;

beforeAll(() => {
  result = createExtractor().extract(toArticle({ text }));
});

function has(source: string | readonly string[], type: RelationType, target: string): boolean {
  const sources = typeof source === 'string' ? [source] : source;
  return result.relations.some((r) => sources.includes(r.source) && r.type === type && r.target === target);
}

describe('reference article (Istanbul talks)', () => {
  it.each([
    ['turkey', 'MEDIATES', 'pakistan'],
    ['turkey', 'MEDIATES', 'afghan-taliban'],
    ['pakistan', 'ACCUSES', 'afghan-taliban'],
    ['afghan-taliban', 'DENIES', 'pakistan'],
    ['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan'],
    ['afghan-taliban', 'ATTACKS', 'pakistan'],
    ['donald-trump', 'OFFERS_MEDIATION', 'pakistan'],
    ['donald-trump', 'OFFERS_MEDIATION', 'afghan-taliban'],
  ] as const)('%s %s %s', (source, type, target) => {
    expect(has(source, type, target)).toBe(true);
  });

  it('Pakistan or Khawaja Asif threatens the Afghan Taliban', () => {
    expect(has(['pakistan', 'khawaja-asif'], 'THREATENS', 'afghan-taliban')).toBe(true);
  });

  it('keeps TTP and the Afghan Taliban apart, and finds officials with their affiliation', () => {
    const byId = new Map(result.actors.map((a) => [a.id, a]));
    expect(byId.get('tehrik-i-taliban-pakistan')?.aliases).toContain('TTP');
    expect(byId.get('afghan-taliban')?.aliases).not.toContain('TTP');
    expect(byId.get('khawaja-asif')).toMatchObject({ type: 'PERSON', affiliation: 'pakistan' });
    expect(byId.get('zabihullah-mujahid')).toMatchObject({ type: 'PERSON', affiliation: 'afghan-taliban' });
    expect(byId.get('donald-trump')).toMatchObject({ type: 'PERSON', affiliation: 'united-states' });
  });

  it('takes Reuters and Afintl as provenance, never as actors', () => {
    const names = result.actors.flatMap((a) => [a.id, a.name, ...a.aliases].map((n) => n.toLowerCase()));
    expect(names.some((n) => n.includes('reuters'))).toBe(false);
    expect(names.some((n) => n.includes('afintl'))).toBe(false);
  });

  it('marks the safe-haven allegation as alleged, claimed by Pakistan', () => {
    const alleged = result.relations.find((r) => r.type === 'SUPPORTS' && r.source === 'afghan-taliban' && r.target === 'tehrik-i-taliban-pakistan');
    expect(alleged).toMatchObject({ alleged: true, claimant: 'pakistan' });
  });

  it('gives every relation its exact evidence, CAMEO code and Goldstein value', () => {
    expect(result.relations.length).toBeGreaterThan(10);
    for (const r of result.relations) {
      expect(text.slice(r.start, r.end)).toBe(r.evidence);
      expect(r.cameo).toMatch(/^\d{3}$/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});
