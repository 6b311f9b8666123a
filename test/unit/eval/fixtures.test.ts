import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_SETS, loadFixtures, type Endpoint, type LoadedFixture } from '../../../src/eval/fixture.js';
import { coverage } from '../../../src/eval/coverage.js';
import { normalizeName } from '../../../src/eval/score.js';

// The yardstick itself must be sound: a malformed or self-contradictory fixture would silently
// move the numbers the extractor is judged by.
const bySet = Object.fromEntries(EVAL_SETS.map((set) => [set, loadFixtures(set)])) as Record<(typeof EVAL_SETS)[number], LoadedFixture[]>;
const all = EVAL_SETS.flatMap((set) => bySet[set]);

const names = (e: Endpoint): string[] => (typeof e === 'string' ? [e] : e).map(normalizeName);
const overlaps = (a: Endpoint, b: Endpoint): boolean => names(a).some((n) => names(b).includes(n));
/**
 * Sentences: split where terminal punctuation after a lowercase letter, digit or closing quote
 * meets a capital, so that "U.S. Secretary" and "U.N. panel" stay inside their sentence.
 */
const sentences = (t: string): string[] => t.split(/(?<=(?:[a-z0-9)]|')[.!?]'?)\s+(?=[A-Z'])/).map(normalizeName);

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

describe('evaluation coverage', () => {
  it('has at least 40 dev, 20 held-out and 40 blind fixtures', () => {
    expect(bySet.dev.length).toBeGreaterThanOrEqual(40);
    expect(bySet.heldout.length).toBeGreaterThanOrEqual(20);
    expect(bySet.blind.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps blind texts article-length (6 to 15 sentences) and exercising every type ≥ 5 times and every phenomenon ≥ 3 times', () => {
    // Blind texts are wire copy with background and quotes, so distance between mentions and
    // distractor sentences are part of what they measure; a short blind text would not.
    for (const f of bySet.blind) {
      const n = sentences(f.text).length;
      expect(n >= 6 && n <= 15, `${f.id}: ${n} sentences`).toBe(true);
    }
    const c = coverage(bySet.blind);
    expect(Object.entries(c.types).filter(([, n]) => n < 5)).toEqual([]);
    expect(Object.entries(c.phenomena).filter(([, n]) => n < 3)).toEqual([]);
  });

  it('exercises every phenomenon in at least 3 fixtures and every relation type in at least 3 expected relations', () => {
    const c = coverage(all);
    expect(Object.entries(c.phenomena).filter(([, n]) => n < 3)).toEqual([]);
    expect(Object.entries(c.types).filter(([, n]) => n < 3)).toEqual([]);
    expect(c.alleged).toBeGreaterThanOrEqual(3);
    expect(c.hedged).toBeGreaterThanOrEqual(3);
  });

  it('keeps held-out texts distinct from dev (no shared sentence)', () => {
    const dev = new Set(bySet.dev.flatMap((f) => sentences(f.text)));
    const shared = bySet.heldout.flatMap((f) => sentences(f.text).filter((s) => dev.has(s)));
    expect(shared).toEqual([]);
  });

  it('keeps blind texts distinct from dev and held-out (no shared sentence)', () => {
    const seen = new Set([...bySet.dev, ...bySet.heldout].flatMap((f) => sentences(f.text)));
    const shared = bySet.blind.flatMap((f) => sentences(f.text).filter((s) => seen.has(s)));
    expect(shared).toEqual([]);
  });

  it('has at least 30 final texts, article-length (6 to 15 sentences), every type ≥ 4 times and every phenomenon ≥ 3 times', () => {
    // The second blind set is measured like the first, so it must be built like it.
    expect(bySet.final.length).toBeGreaterThanOrEqual(30);
    for (const f of bySet.final) {
      const n = sentences(f.text).length;
      expect(n >= 6 && n <= 15, `${f.id}: ${n} sentences`).toBe(true);
    }
    const c = coverage(bySet.final);
    expect(Object.entries(c.types).filter(([, n]) => n < 4)).toEqual([]);
    expect(Object.entries(c.phenomena).filter(([, n]) => n < 3)).toEqual([]);
  });

  it('keeps final texts distinct from dev, held-out and blind (no shared sentence)', () => {
    const seen = new Set([...bySet.dev, ...bySet.heldout, ...bySet.blind].flatMap((f) => sentences(f.text)));
    const shared = bySet.final.flatMap((f) => sentences(f.text).filter((s) => seen.has(s)));
    expect(shared).toEqual([]);
  });
});
