import { describe, expect, it } from 'vitest';
import {
  RELATION_TYPE_INFO,
  type Actor,
  type ActorType,
  type ExtractedRelation,
  type ExtractionResult,
  type RelationType,
} from '../../../src/domain/index.js';
import type { ExpectedRelation } from '../../../src/eval/fixture.js';
import { metrics, normalizeName, scoreFixture, summarize, type ScorableFixture } from '../../../src/eval/score.js';
import { formatMissCauses } from '../../../src/eval/report.js';

function actor(id: string, name: string, aliases: string[] = [], type: ActorType = 'COUNTRY'): Actor {
  return { id, name, type, aliases, affiliation: null };
}

function rel(source: string, target: string, type: RelationType, alleged = false): ExtractedRelation {
  const { cameo, goldstein } = RELATION_TYPE_INFO[type];
  return { source, target, type, evidence: `${source} ${type} ${target}.`, start: 0, end: 1, confidence: 0.9, claimant: null, alleged, cameo, goldstein };
}

function result(actors: Actor[], relations: ExtractedRelation[]): ExtractionResult {
  return { id: 'r', actors, relations };
}

const PAK = actor('pakistan', 'Pakistan', ['Islamabad']);
const AFT = actor('afghan-taliban', 'Islamic Emirate of Afghanistan', ['Taliban'], 'ORGANIZATION');
const TTP = actor('tehrik-i-taliban-pakistan', 'Tehrik-i-Taliban Pakistan', ['TTP'], 'ORGANIZATION');
const TUR = actor('turkey', 'Türkiye', ['Turkey']);
const ASIF = actor('khawaja-asif', 'Khawaja Asif', [], 'PERSON');
const REUTERS = actor('reuters', 'Reuters', [], 'ORGANIZATION');

function fixture(expected: ExpectedRelation[], extra: Partial<ScorableFixture> = {}): ScorableFixture {
  return { id: 'f', expected, ...extra };
}

describe('normalizeName', () => {
  it('folds case, diacritics, punctuation, hyphens and a leading "the"', () => {
    expect(normalizeName('The U.S.')).toBe('us');
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('Tehrik-i-Taliban  Pakistan')).toBe('tehrik i taliban pakistan');
    expect(normalizeName("Côte d'Ivoire")).toBe('cote divoire');
    expect(normalizeName('Theodore')).toBe('theodore');
  });
});

describe('scoreFixture', () => {
  it('matches endpoints by name, alias or id with dashes as spaces', () => {
    const s = scoreFixture(
      fixture([
        { source: 'Turkey', target: 'Pakistan', type: 'MEDIATES' }, // alias
        { source: 'the Afghan Taliban', target: 'TTP', type: 'SUPPORTS', alleged: true }, // id, alias
        { source: 'Islamic Emirate of Afghanistan', target: 'Pakistan', type: 'DENIES' }, // name
      ]),
      result([PAK, AFT, TTP, TUR], [rel('turkey', 'pakistan', 'MEDIATES'), rel('afghan-taliban', 'tehrik-i-taliban-pakistan', 'SUPPORTS', true), rel('afghan-taliban', 'pakistan', 'DENIES')]),
    );
    expect(s.tp).toHaveLength(3);
    expect(s.fn).toHaveLength(0);
    expect(s.fp).toHaveLength(0);
    expect(s.tp.every((m) => m.allegedAgrees)).toBe(true);
  });

  it('respects direction for asymmetric types and counts the reversed edge as FN and FP', () => {
    const s = scoreFixture(fixture([{ source: 'Pakistan', target: 'Afghan Taliban', type: 'ACCUSES' }]), result([PAK, AFT], [rel('afghan-taliban', 'pakistan', 'ACCUSES')]));
    expect(s.tp).toHaveLength(0);
    expect(s.fn).toHaveLength(1);
    expect(s.fp.map((t) => [t.source, t.target])).toEqual([['afghan-taliban', 'pakistan']]);
  });

  it('requires the same type', () => {
    const s = scoreFixture(fixture([{ source: 'Pakistan', target: 'Afghan Taliban', type: 'ACCUSES' }]), result([PAK, AFT], [rel('pakistan', 'afghan-taliban', 'CRITICIZES')]));
    expect([s.tp.length, s.fp.length, s.fn.length]).toEqual([0, 1, 1]);
  });

  it('folds a symmetric relation extracted in both directions into one triple matching either orientation', () => {
    const s = scoreFixture(
      fixture([{ source: 'Afghan Taliban', target: 'Pakistan', type: 'NEGOTIATES_WITH' }]),
      result([PAK, AFT], [rel('pakistan', 'afghan-taliban', 'NEGOTIATES_WITH'), rel('afghan-taliban', 'pakistan', 'NEGOTIATES_WITH')]),
    );
    expect([s.tp.length, s.fp.length, s.fn.length]).toEqual([1, 0, 0]);
    expect(s.tp[0]?.by).toHaveLength(1);
  });

  it('counts repeated mentions of one triple once', () => {
    const s = scoreFixture(fixture([]), result([PAK, AFT], [rel('pakistan', 'afghan-taliban', 'ACCUSES'), rel('pakistan', 'afghan-taliban', 'ACCUSES')]));
    expect(s.fp).toHaveLength(1);
  });

  it('accepts any alternative of an endpoint, and two triples matching one expected are one TP and no FP', () => {
    const s = scoreFixture(
      fixture([{ source: ['Khawaja Asif', 'Pakistan'], target: 'Afghan Taliban', type: 'THREATENS' }]),
      result([PAK, AFT, ASIF], [rel('khawaja-asif', 'afghan-taliban', 'THREATENS'), rel('pakistan', 'afghan-taliban', 'THREATENS')]),
    );
    expect([s.tp.length, s.fp.length, s.fn.length]).toEqual([1, 0, 0]);
    expect(s.tp[0]?.by).toHaveLength(2);
  });

  it('reports forbidden hits and not-actor violations', () => {
    const s = scoreFixture(
      fixture([], { forbidden: [{ source: 'Pakistan', target: 'TTP', type: 'ACCUSES' }], notActors: ['Reuters', 'Istanbul'], actors: ['Pakistan', 'Turkey'] }),
      result([PAK, TTP, REUTERS], [rel('pakistan', 'tehrik-i-taliban-pakistan', 'ACCUSES'), rel('reuters', 'pakistan', 'CRITICIZES')]),
    );
    expect(s.forbiddenHits).toHaveLength(1);
    expect(s.fp).toHaveLength(2);
    expect(s.notActorViolations).toEqual([{ name: 'Reuters', actorId: 'reuters' }]);
    expect(s.actorsFound).toEqual(['Pakistan']);
    expect(s.actorsMissed).toEqual(['Turkey']);
  });

  it('neither rewards nor penalises a triple that is only acceptable', () => {
    const s = scoreFixture(
      fixture([{ source: 'Turkey', target: 'Pakistan', type: 'MEDIATES' }], { acceptable: [{ source: 'Turkey', target: 'Pakistan', type: 'MEETS_WITH' }] }),
      result([PAK, TUR], [rel('turkey', 'pakistan', 'MEETS_WITH')]),
    );
    expect([s.tp.length, s.fp.length, s.fn.length, s.ignored.length]).toEqual([0, 0, 1, 1]);
  });

  it('flags a disagreement on the alleged marker without changing TP', () => {
    const s = scoreFixture(fixture([{ source: 'Afghan Taliban', target: 'TTP', type: 'SUPPORTS', alleged: true }]), result([AFT, TTP], [rel('afghan-taliban', 'tehrik-i-taliban-pakistan', 'SUPPORTS', false)]));
    expect(s.tp).toHaveLength(1);
    expect(s.tp[0]?.allegedAgrees).toBe(false);
  });

  it('uses the id when a relation names an actor missing from the actor list', () => {
    const s = scoreFixture(fixture([{ source: 'Pakistan', target: 'Afghan Taliban', type: 'ATTACKS' }]), result([], [rel('pakistan', 'afghan-taliban', 'ATTACKS')]));
    expect(s.tp).toHaveLength(1);
  });
});

describe('metrics and summarize', () => {
  it('computes P, R, F1 and leaves undefined ratios null', () => {
    expect(metrics({ tp: 3, fp: 1, fn: 2 })).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(metrics({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(metrics({ tp: 0, fp: 2, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('sums micro counts and splits them per type (FN by expected type, FP by extracted type)', () => {
    const a = scoreFixture(
      fixture([
        { source: 'Pakistan', target: 'Afghan Taliban', type: 'ACCUSES' },
        { source: 'Afghan Taliban', target: 'Pakistan', type: 'DENIES' },
      ]),
      result([PAK, AFT], [rel('pakistan', 'afghan-taliban', 'ACCUSES'), rel('pakistan', 'afghan-taliban', 'ATTACKS')]),
    );
    const b = scoreFixture(fixture([{ source: 'Turkey', target: 'Pakistan', type: 'MEDIATES' }], { actors: ['Turkey'] }), result([PAK, TUR], [rel('turkey', 'pakistan', 'MEDIATES')]));
    const s = summarize([a, b]);
    expect(s.fixtures).toBe(2);
    expect(s.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.perType.ACCUSES).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1 });
    expect(s.perType.DENIES).toMatchObject({ tp: 0, fn: 1, precision: null, recall: 0 });
    expect(s.perType.ATTACKS).toMatchObject({ tp: 0, fp: 1, precision: 0, recall: null });
    expect(s.actors).toEqual({ found: 1, total: 1, recall: 1 });
    expect(s.alleged).toEqual({ agree: 2, total: 2 });
  });
});

describe('miss causes', () => {
  it('tell a missing actor, a reversed edge, another type, a wrong end and no edge at all apart', () => {
    const expected: ExpectedRelation[] = [
      { source: 'Reuters', target: 'Pakistan', type: 'ACCUSES' }, // Reuters is not among the actors
      { source: 'Pakistan', target: 'TTP', type: 'ACCUSES' }, // only TTP -> Pakistan came out
      { source: 'Turkey', target: 'Pakistan', type: 'MEETS_WITH' }, // they are related by MEDIATES only
      { source: 'Pakistan', target: 'Khawaja Asif', type: 'ATTACKS' }, // Pakistan attacked someone else
      { source: 'Taliban', target: 'Turkey', type: 'DEMANDS' }, // someone else made the demand on Turkey
      { source: 'Khawaja Asif', target: 'Taliban', type: 'THREATENS' }, // nothing between them
    ];
    const s = scoreFixture(
      fixture(expected),
      result(
        [PAK, AFT, TTP, TUR, ASIF],
        [
          rel('tehrik-i-taliban-pakistan', 'pakistan', 'ACCUSES'),
          rel('turkey', 'pakistan', 'MEDIATES'),
          rel('pakistan', 'tehrik-i-taliban-pakistan', 'ATTACKS'),
          rel('pakistan', 'turkey', 'DEMANDS'),
        ],
      ),
    );
    expect(s.fn).toEqual(expected);
    expect(s.fnCauses).toEqual(['actor-missing', 'reversed', 'other-type', 'wrong-target', 'wrong-source', 'no-edge']);
    const summary = summarize([s, s]);
    expect(summary.missCauses.ACCUSES).toMatchObject({ 'actor-missing': 2, reversed: 2, 'no-edge': 0 });
    expect(summary.missCauses.THREATENS['no-edge']).toBe(2);
    const table = formatMissCauses('t', summary);
    expect(table).toMatch(/^ALL\s+2\s+2\s+2\s+2\s+2\s+2$/m);
    expect(table).not.toMatch(/Pakistan|Reuters/);
  });
});
