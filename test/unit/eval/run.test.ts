import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedFixture } from '../../../src/eval/fixture.js';
import { evaluate, loadExtractor, toArticle } from '../../../src/eval/run.js';

const dir = mkdtempSync(join(tmpdir(), 'eval-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function module(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

const relation = `{ source: 'turkey', target: 'pakistan', type: 'MEDIATES', evidence: '', start: 0, end: 0, confidence: 1, claimant: null, alleged: false, cameo: '045', goldstein: 5 }`;
const actors = `[{ id: 'turkey', name: 'Turkey', type: 'COUNTRY', aliases: [], affiliation: null }, { id: 'pakistan', name: 'Pakistan', type: 'COUNTRY', aliases: [], affiliation: null }]`;

const fixture: LoadedFixture = {
  id: 'mediation',
  text: 'Turkey mediated between Pakistan and the Afghan Taliban. Boom.',
  phenomena: ['active-voice'],
  expected: [{ source: 'Turkey', target: 'Pakistan', type: 'MEDIATES' }],
  forbidden: [],
  acceptable: [],
  set: 'dev',
  file: 'mediation.json',
};

describe('loadExtractor', () => {
  it('returns null when there is no extractor', async () => {
    expect(await loadExtractor(null)).toBeNull();
  });

  it('prefers createExtractor().extract over extractArticle', async () => {
    const entry = module(
      'both.mjs',
      `export function createExtractor() { return { extract: (a) => ({ id: a.id, actors: ${actors}, relations: [${relation}] }) }; }
       export function extractArticle() { throw new Error('should not be called'); }`,
    );
    const extract = await loadExtractor(entry);
    const [run] = await evaluate([fixture], extract ?? (() => { throw new Error('no extractor'); }));
    expect(run?.error).toBeNull();
    expect(run?.score.tp).toHaveLength(1);
  });

  it('falls back to extractArticle and records a throw as an error scored as empty', async () => {
    const entry = module('plain.mjs', `export function extractArticle(a) { if (a.text.includes('Boom')) throw new Error('boom'); return { id: a.id, actors: [], relations: [] }; }`);
    const extract = await loadExtractor(entry);
    const [run] = await evaluate([fixture], extract ?? (() => { throw new Error('no extractor'); }));
    expect(run?.error).toBe('boom');
    expect(run?.score.fn).toHaveLength(1);
  });

  it('rejects a module exporting neither entry point', async () => {
    await expect(loadExtractor(module('none.mjs', 'export const x = 1;'))).rejects.toThrow(/neither/);
  });
});

describe('toArticle', () => {
  it('passes id, text, published and a sha256 content hash', () => {
    const a = toArticle({ ...fixture, published: '2025-10-27' });
    expect(a).toMatchObject({ id: 'mediation', text: fixture.text, published: '2025-10-27' });
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect('published' in toArticle(fixture)).toBe(false);
  });
});
