import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, toArticle } from '../../../src/extract/index.js';

const extractor = createExtractor();
const words = ['Pakistan', 'the Taliban', 'accused', 'Hamas', 'Israel', 'denied', 'attacked', 'Kabul', 'said', 'not', 'and', 'of', 'Reuters', 'TTP', '(', ')', ',', '.', '“', '”', 'between', 'mediated', 'by', 'Turkey', 'Erdoğan', '\n\n', 'U.S.', '-backed', 'Qatar', 'talks', 'the', 'group', 'he', 'it', "'s", 'warned', 'if', 'would'];

describe('extraction on arbitrary text', () => {
  it('never throws, and every offset is inside the text and matches its evidence', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 1, maxLength: 400 }), fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 80 }).map((ws) => ws.join(' '))), (raw) => {
        const text = raw.trim() === '' ? `${raw}x` : raw;
        const result = extractor.extract(toArticle({ text }));
        for (const r of result.relations) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.start).toBeLessThan(r.end);
          expect(text.slice(r.start, r.end)).toBe(r.evidence);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const text = 'Pakistan accused the Afghan Taliban of sheltering the TTP. Kabul denied it.';
    expect(extractor.extract(toArticle({ text }))).toEqual(extractor.extract(toArticle({ text })));
  });
});
