import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { createExtractor, toArticle } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/extract/knowledge.js';

const kb = loadKnowledge();

describe('gazetteer and lexicon', () => {
  it('has every country with a slug id, and common variants', () => {
    const countries = [...kb.actors.values()].filter((a) => a.type === 'COUNTRY');
    expect(countries.length).toBeGreaterThan(240);
    for (const id of ['pakistan', 'united-states', 'turkey', 'democratic-republic-of-the-congo', 'palestine']) expect(kb.actors.has(id)).toBe(true);
    expect(kb.actors.get('turkey')?.aliases).toEqual(expect.arrayContaining(['Türkiye', 'Turkiye']));
  });

  it('resolves every affiliation in the lexicon to a known actor', () => {
    for (const actor of kb.actors.values()) {
      if (actor.affiliation !== null) expect(kb.actors.has(actor.affiliation), `${actor.id} → ${actor.affiliation}`).toBe(true);
    }
  });

  it('is broad: armed groups, international bodies and officials from many conflicts', () => {
    for (const id of ['hamas', 'hezbollah', 'houthis', 'islamic-state', 'al-shabaab', 'wagner-group', 'rapid-support-forces', 'sudanese-armed-forces', 'm23', 'tehrik-i-taliban-pakistan', 'afghan-taliban', 'kurdistan-workers-party', 'united-nations', 'nato', 'european-union', 'african-union', 'asean', 'international-committee-of-the-red-cross', 'international-atomic-energy-agency']) {
      expect(kb.actors.has(id), id).toBe(true);
    }
    expect([...kb.actors.values()].filter((a) => a.type === 'PERSON').length).toBeGreaterThan(60);
  });

  it('reads demonyms and capitals from the data packages: "Pakistani officials", "Islamabad said"', () => {
    const r = createExtractor().extract(toArticle({ text: 'Pakistani officials accused Kabul of sheltering militants. Islamabad said talks would continue.' }));
    expect(r.relations.some((x) => x.source === 'pakistan' && x.type === 'ACCUSES' && x.target === 'afghan-taliban')).toBe(true);
  });
});

describe('user lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-lexicon-'));

  it('adds actors and aliases from a file, without code changes', () => {
    const file = join(dir, 'extra.json');
    writeFileSync(
      file,
      JSON.stringify({
        entries: [
          { name: 'Free Coastal Brigades', type: 'ORGANIZATION', kind: 'armed-group', aliases: ['FCB'], affiliation: 'somalia' },
          { id: 'hamas', name: 'Hamas', aliases: ['the Movement of Islamic Resistance'] },
          { name: 'Coastal Wire', kind: 'outlet' },
        ],
      }),
    );
    const extractor = createExtractor({ lexiconFiles: [file] });
    const r = extractor.extract(toArticle({ text: 'The FCB attacked Somali troops near Kismayo, Coastal Wire reported.' }));
    expect(r.relations).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'free-coastal-brigades', type: 'ATTACKS', target: 'somalia' })]));
    expect(r.actors.map((a) => a.id)).not.toContain('coastal-wire');
  });

  it('fails with a CONFIG error on an invalid file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ entries: [{ name: 'X', type: 'PLANET' }] }));
    expect(() => createExtractor({ lexiconFiles: [file] })).toThrow(AppError);
    expect(() => createExtractor({ lexiconFiles: [join(dir, 'missing.json')] })).toThrow(/cannot read/);
    const shapeless = join(dir, 'shapeless.json');
    writeFileSync(shapeless, JSON.stringify({ actors: [] }));
    expect(() => createExtractor({ lexiconFiles: [shapeless] })).toThrow(
      `invalid lexicon file ${shapeless}: expected {"entries": [...]} or an array of entries, as in data/lexicon.json`,
    );
  });
});
