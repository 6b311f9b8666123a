import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fg from 'fast-glob';
import { createExtractor, extractorFingerprint } from '../../../src/extract/index.js';
import { extractorModules } from '../../../src/extract/fingerprint.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lexicon(name: string, entries: unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ entries }));
  return file;
}

describe('extractor fingerprint', () => {
  it('covers every module of the extractor, those in subdirectories too', () => {
    const onDisk = fg.sync('**/*.ts', { cwd: new URL('../../../src/extract/', import.meta.url).pathname, ignore: ['**/*.d.ts'] }).sort();
    expect(onDisk.length).toBeGreaterThan(5);
    expect(extractorModules()).toEqual(onDisk);
  });


  it('is a short hex string, the same on every computation and on the extractor object', () => {
    const first = extractorFingerprint();
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorFingerprint()).toBe(first);
    expect(extractorFingerprint([])).toBe(first);
    expect(createExtractor().fingerprint).toBe(first);
  });

  it('changes with a user lexicon and with its contents, not with its path', () => {
    const plain = extractorFingerprint();
    const one = lexicon('one.json', [{ name: 'Zorblax Front', type: 'ORGANIZATION', kind: 'armed-group' }]);
    const withOne = extractorFingerprint([one]);
    expect(withOne).not.toBe(plain);
    expect(createExtractor({ lexiconFiles: [one] }).fingerprint).toBe(withOne);

    const copy = lexicon('copy.json', [{ name: 'Zorblax Front', type: 'ORGANIZATION', kind: 'armed-group' }]);
    expect(extractorFingerprint([copy])).toBe(withOne);

    const more = lexicon('one.json', [{ name: 'Zorblax Front', type: 'ORGANIZATION', kind: 'armed-group', aliases: ['Zorblax'] }]);
    expect(extractorFingerprint([more])).not.toBe(withOne);

    const other = lexicon('other.json', [{ name: 'Free Coastal Brigades', type: 'ORGANIZATION' }]);
    expect(extractorFingerprint([more, other])).not.toBe(extractorFingerprint([other, more]));
  });

  it('is the same in another process', () => {
    const file = lexicon('process.json', [{ name: 'Zorblax Front', type: 'ORGANIZATION' }]);
    const module = new URL('../../../src/extract/fingerprint.ts', import.meta.url).href;
    const script = `const m = await import(${JSON.stringify(module)}); process.stdout.write(m.extractorFingerprint(${JSON.stringify([file])}));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(output).toBe(extractorFingerprint([file]));
  });
});
