import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult, RelationType } from '../../../src/domain/index.js';
import { createExtractor, toArticle, type Extractor } from '../../../src/extract/index.js';

/**
 * Constructions of longer wire copy: coordinated parties, pairs referred to later, nominal and
 * gerund events, reported claims that are denied later, threats with their target elsewhere in
 * the sentence. Each case names the triples it must yield and the tempting ones it must not.
 */

type Triple = readonly [source: string, type: RelationType, target: string];

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expect: readonly Triple[];
  readonly forbid?: readonly Triple[];
}

const CASES: readonly Case[] = [
  {
    name: 'a gerund event heads the subject: fighting between two forces',
    text: 'Fighting between the Sudanese army and the Rapid Support Forces intensified around El Obeid on Sunday, residents said.',
    expect: [
      ['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudanese-armed-forces'],
    ],
  },
  {
    name: 'traded accusations, then both sides are addressed',
    text: 'Armenia and Azerbaijan traded accusations on Tuesday over a shooting on the border. The European Union called on both sides to show restraint.',
    expect: [
      ['armenia', 'ACCUSES', 'azerbaijan'],
      ['azerbaijan', 'ACCUSES', 'armenia'],
      ['european-union', 'DEMANDS', 'armenia'],
      ['european-union', 'DEMANDS', 'azerbaijan'],
    ],
    forbid: [['european-union', 'ACCUSES', 'armenia']],
  },
  {
    name: 'an accuser and the accused are the pair a mediator later stands between',
    text: "Congo's government accused Rwanda on Monday of sending troops to M23 rebels in North Kivu. Angolan President Joao Lourenco, who has mediated between the two neighbours since 2022, urged both sides to return to talks in Luanda.",
    expect: [
      ['democratic-republic-of-the-congo', 'ACCUSES', 'rwanda'],
      ['joao-lourenco', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['joao-lourenco', 'MEDIATES', 'rwanda'],
      ['joao-lourenco', 'DEMANDS', 'rwanda'],
    ],
    forbid: [['joao-lourenco', 'MEDIATES', 'm23']],
  },
  {
    name: 'both governments are the states of a leader and a state',
    text: 'Guinean junta leader Mamady Doumbouya accused Sierra Leone of sheltering coup plotters. Liberia urged both governments to reopen their shared border.',
    expect: [
      ['liberia', 'DEMANDS', 'guinea'],
      ['liberia', 'DEMANDS', 'sierra-leone'],
    ],
    forbid: [['liberia', 'DEMANDS', 'mamady-doumbouya']],
  },
];

let extractor: Extractor;
const results = new Map<string, ExtractionResult>();

beforeAll(() => {
  extractor = createExtractor();
  for (const c of CASES) results.set(c.name, extractor.extract(toArticle({ text: c.text })));
});

function has(r: ExtractionResult, [source, type, target]: Triple): boolean {
  return r.relations.some((x) => x.source === source && x.type === type && x.target === target);
}

function show(r: ExtractionResult): string {
  return r.relations.map((x) => `${x.source} -${x.type}-> ${x.target}`).join('\n');
}

describe('wire constructions', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = results.get(c.name) as ExtractionResult;
    for (const t of c.expect) expect(has(r, t), `missing ${t.join(' ')}; got:\n${show(r)}`).toBe(true);
    for (const t of c.forbid ?? []) expect(has(r, t), `forbidden ${t.join(' ')}; got:\n${show(r)}`).toBe(false);
  });
});
