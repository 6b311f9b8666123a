import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult, RelationType } from '../../../src/domain/index.js';

/** One phenomenon fixture: `test/fixtures/articles/<name>.txt` with `expected/<name>.json`. */
export interface PhenomenonFixture {
  readonly name: string;
  readonly text: string;
  readonly relations: readonly ExpectedTriple[];
  readonly absent: readonly ExpectedTriple[];
  readonly actors: readonly string[];
  readonly notActors: readonly string[];
}

export interface ExpectedTriple {
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly alleged?: boolean;
  readonly claimant?: string;
}

const ROOT = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

export function loadPhenomenonFixtures(): PhenomenonFixture[] {
  return readdirSync(ROOT)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const expected = JSON.parse(readFileSync(`${ROOT}expected/${name}.json`, 'utf8')) as {
        relations: ExpectedTriple[];
        absent: ExpectedTriple[];
        actors?: string[];
        notActors?: string[];
      };
      return {
        name,
        text: readFileSync(`${ROOT}${file}`, 'utf8'),
        relations: expected.relations,
        absent: expected.absent,
        actors: expected.actors ?? [],
        notActors: expected.notActors ?? [],
      };
    });
}

export function hasTriple(result: ExtractionResult, t: ExpectedTriple): boolean {
  return result.relations.some(
    (r) =>
      r.source === t.source &&
      r.target === t.target &&
      r.type === t.type &&
      (t.alleged === undefined || r.alleged === t.alleged) &&
      (t.claimant === undefined || r.claimant === t.claimant),
  );
}
