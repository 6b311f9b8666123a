import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult, RelationType } from '../../../src/domain/index.js';
import { createExtractor, toArticle, type Extractor } from '../../../src/extract/index.js';

/** A short text with the triples it must yield and the tempting ones it must not. */
export type Triple = readonly [source: string, type: RelationType, target: string];

export interface TripleCase {
  readonly name: string;
  readonly text: string;
  readonly expect: readonly Triple[];
  readonly forbid?: readonly Triple[];
  /** Ids that must not be extracted as actors from this text. */
  readonly notActors?: readonly string[];
}

export function has(r: ExtractionResult, [source, type, target]: Triple): boolean {
  return r.relations.some((x) => x.source === source && x.type === type && x.target === target);
}

export function show(r: ExtractionResult): string {
  return r.relations.map((x) => `${x.source} -${x.type}-> ${x.target}`).join('\n');
}

/**
 * One test per case under `title`, all extracted once with the default extractor. Returns a
 * getter for that extractor, for further tests in the same file.
 */
export function describeTripleCases(title: string, cases: readonly TripleCase[]): () => Extractor {
  let extractor: Extractor | null = null;
  const results = new Map<string, ExtractionResult>();
  beforeAll(() => {
    extractor = createExtractor();
    for (const c of cases) results.set(c.name, extractor.extract(toArticle({ text: c.text })));
  });
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const r = results.get(c.name) as ExtractionResult;
      for (const t of c.expect) expect(has(r, t), `missing ${t.join(' ')}; got:\n${show(r)}`).toBe(true);
      for (const t of c.forbid ?? []) expect(has(r, t), `forbidden ${t.join(' ')}; got:\n${show(r)}`).toBe(false);
      const ids = new Set(r.actors.map((a) => a.id));
      for (const id of c.notActors ?? []) expect(ids.has(id), `${id} is not an actor here`).toBe(false);
    });
  });
  return () => {
    if (extractor === null) throw new Error('the extractor is created in beforeAll');
    return extractor;
  };
}
