import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURE_ROOT, GATED_EVAL_SETS, loadFixtures } from '../../../src/eval/fixture.js';
import { evaluate, extractorEntry, loadExtractor } from '../../../src/eval/run.js';
import { summarize } from '../../../src/eval/score.js';

// The floors only ever go up: they record what the extractor has already reached on the
// annotated set, so that a change that loses quality fails here rather than in production.
// The blind set is left out on purpose: a floor on it would invite tuning against it.
const floors = JSON.parse(readFileSync(join(DEFAULT_FIXTURE_ROOT, 'floors.json'), 'utf8')) as {
  microF1: number;
  microPrecision: number;
};
const entry = extractorEntry();

describe.skipIf(entry === null)('extractor quality on the evaluation set (src/extract/index.ts)', () => {
  it(`reaches micro-F1 ≥ ${floors.microF1} and precision ≥ ${floors.microPrecision} over dev + heldout`, async () => {
    const extract = await loadExtractor(entry);
    expect(extract).not.toBeNull();
    if (extract === null) return;
    const fixtures = GATED_EVAL_SETS.flatMap((set) => loadFixtures(set));
    const runs = await evaluate(fixtures, extract);
    expect(runs.filter((r) => r.error !== null).map((r) => `${r.fixture.id}: ${r.error ?? ''}`)).toEqual([]);
    const { micro } = summarize(runs.map((r) => r.score));
    expect(micro.f1 ?? 0).toBeGreaterThanOrEqual(floors.microF1);
    expect(micro.precision ?? 0).toBeGreaterThanOrEqual(floors.microPrecision);
  });
});

if (entry === null) {
  describe('extractor quality on the evaluation set', () => {
    it.skip('skipped: src/extract/index.ts does not exist yet', () => {});
  });
}
