import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_SETS, loadFixtures, type Endpoint, type LoadedFixture } from '../../../src/eval/fixture.js';
import { normalizeName } from '../../../src/eval/score.js';

// The yardstick itself must be sound: a malformed or self-contradictory fixture would silently
// move the numbers the extractor is judged by.
const bySet = Object.fromEntries(EVAL_SETS.map((set) => [set, loadFixtures(set)])) as Record<(typeof EVAL_SETS)[number], LoadedFixture[]>;
const all = EVAL_SETS.flatMap((set) => bySet[set]);

const names = (e: Endpoint): string[] => (typeof e === 'string' ? [e] : e).map(normalizeName);
const overlaps = (a: Endpoint, b: Endpoint): boolean => names(a).some((n) => names(b).includes(n));

describe('evaluation fixtures', () => {
  it('parse, and each id is its file name and unique across sets', () => {
    for (const f of all) expect(basename(f.file, '.json')).toBe(f.id);
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
  });

  it('never list the same text twice', () => {
    expect(new Set(all.map((f) => f.text)).size).toBe(all.length);
  });

  it('list each expected relation once and never expect and forbid the same triple', () => {
    for (const f of all) {
      const keys = f.expected.map((e) => `${names(e.source).join('|')}>${names(e.target).join('|')}:${e.type}`);
      expect(new Set(keys).size, f.id).toBe(keys.length);
      for (const e of f.expected) {
        for (const bad of f.forbidden) {
          const clash = e.type === bad.type && overlaps(e.source, bad.source) && overlaps(e.target, bad.target);
          expect(clash, `${f.id}: ${JSON.stringify(bad)} is both expected and forbidden`).toBe(false);
        }
      }
    }
  });

  it('name only not-actors that occur in the text', () => {
    for (const f of all) {
      const text = normalizeName(f.text);
      for (const n of f.notActors ?? []) expect(text.includes(normalizeName(n)), `${f.id}: ${n}`).toBe(true);
    }
  });

  it('tag a distractor only when it has at least one sentence without a relation and tag hedged/alleged consistently', () => {
    for (const f of all) {
      if (f.expected.some((e) => e.alleged)) expect(f.phenomena, f.id).toContain('alleged');
      if (f.expected.some((e) => e.hedged)) expect(f.phenomena, f.id).toContain('hedging');
    }
  });
});
