import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/index.js';
import { createExtractor, toArticle, type Extractor } from '../../../src/extract/index.js';
import { hasTriple, loadPhenomenonFixtures, type PhenomenonFixture } from './fixture-set.js';

/**
 * The phenomenon fixtures (test/fixtures/articles): each short text says which triples must be
 * found and which must not. Forbidden triples, not-actors and evidence offsets are strict per
 * fixture; recall over all fixtures is a floor, so one hard sentence does not hide the rest.
 */
const fixtures = loadPhenomenonFixtures();
let extractor: Extractor;
const results = new Map<string, ExtractionResult>();

beforeAll(() => {
  extractor = createExtractor();
  for (const f of fixtures) results.set(f.name, extractor.extract(toArticle({ text: f.text })));
});

function resultOf(f: PhenomenonFixture): ExtractionResult {
  const r = results.get(f.name);
  if (!r) throw new Error(`no result for ${f.name}`);
  return r;
}

describe('phenomenon fixtures', () => {
  it('has at least 40 fixtures over several conflicts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: no forbidden triple, evidence is exact', (_name, f) => {
    const r = resultOf(f);
    for (const t of f.absent) expect(hasTriple(r, t), `forbidden ${t.source} -${t.type}-> ${t.target}`).toBe(false);
    const ids = new Set(r.actors.map((a) => a.id));
    for (const id of f.notActors) expect(ids.has(id), `${id} is not an actor here`).toBe(false);
    for (const id of f.actors) expect(ids.has(id), `${id} is an actor here`).toBe(true);
    for (const rel of r.relations) {
      expect(f.text.slice(rel.start, rel.end)).toBe(rel.evidence);
      expect(ids.has(rel.source) && ids.has(rel.target)).toBe(true);
    }
  });

  it('finds at least 90% of the expected triples over all fixtures', () => {
    let found = 0;
    let total = 0;
    const missed: string[] = [];
    for (const f of fixtures) {
      for (const t of f.relations) {
        total++;
        if (hasTriple(resultOf(f), t)) found++;
        else missed.push(`${f.name}: ${t.source} -${t.type}-> ${t.target}`);
      }
    }
    expect(total).toBeGreaterThan(40);
    expect(found / total, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
