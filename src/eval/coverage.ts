import { RELATION_TYPES, type RelationType } from '../domain/index.js';
import { PHENOMENA, type EvalFixture, type Phenomenon } from './fixture.js';

/** How much of the annotation vocabulary a set of fixtures exercises, so thin spots are visible. */
export interface Coverage {
  readonly fixtures: number;
  /** Fixtures tagged with each phenomenon. */
  readonly phenomena: Readonly<Record<Phenomenon, number>>;
  /** Expected relations of each type. */
  readonly types: Readonly<Record<RelationType, number>>;
  readonly expected: number;
  readonly forbidden: number;
  readonly acceptable: number;
  readonly alleged: number;
  readonly hedged: number;
}

export function coverage(fixtures: readonly EvalFixture[]): Coverage {
  const phenomena = Object.fromEntries(PHENOMENA.map((p) => [p, 0])) as Record<Phenomenon, number>;
  const types = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  let expected = 0;
  let forbidden = 0;
  let acceptable = 0;
  let alleged = 0;
  let hedged = 0;
  for (const f of fixtures) {
    for (const p of new Set(f.phenomena)) phenomena[p] += 1;
    for (const e of f.expected) {
      types[e.type] += 1;
      if (e.alleged) alleged += 1;
      if (e.hedged) hedged += 1;
    }
    expected += f.expected.length;
    forbidden += f.forbidden.length;
    acceptable += f.acceptable.length;
  }
  return { fixtures: fixtures.length, phenomena, types, expected, forbidden, acceptable, alleged, hedged };
}
