import {
  RELATION_TYPE_INFO,
  RELATION_TYPES,
  type Actor,
  type ExtractionResult,
  type RelationType,
} from '../domain/index.js';
import type { AnnotatedTriple, Endpoint, ExpectedRelation, ForbiddenRelation } from './fixture.js';

/**
 * Pure scoring of one extraction against one annotated fixture, and aggregation over many.
 * No I/O, no clock: the same inputs always give the same numbers.
 */

/** What the scorer needs from a fixture (the loader's extra fields are ignored). */
export interface ScorableFixture {
  readonly id: string;
  readonly text?: string;
  readonly expected: readonly ExpectedRelation[];
  readonly forbidden?: readonly ForbiddenRelation[] | undefined;
  readonly acceptable?: readonly AnnotatedTriple[] | undefined;
  readonly actors?: readonly string[] | undefined;
  readonly notActors?: readonly string[] | undefined;
}

/** One distinct extracted (source, target, type); symmetric types are folded to one unordered pair. */
export interface ExtractedTriple {
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  /** Display names of the two actors (their `name`, else the id). */
  readonly sourceName: string;
  readonly targetName: string;
  /** True when any folded mention was marked alleged. */
  readonly alleged: boolean;
  /** Evidence sentence of the first folded mention. */
  readonly evidence: string;
}

export interface MatchedExpected {
  readonly expected: ExpectedRelation;
  readonly by: readonly ExtractedTriple[];
  /** Whether some matching triple carries the same `alleged` flag as the annotation (absent = false). */
  readonly allegedAgrees: boolean;
}

export interface ForbiddenHit {
  readonly forbidden: ForbiddenRelation;
  readonly extracted: ExtractedTriple;
}

/**
 * Why an expected relation was missed, judged from the extraction alone (so a set that must not be
 * read can still say where its misses come from): an endpoint was not found as an actor at all;
 * the relation came out in the opposite direction; the two actors were related with another type
 * only; the type came out from the right source to another target or to the right target from
 * another source; or nothing at all was extracted between them.
 */
export const MISS_CAUSES = ['actor-missing', 'reversed', 'other-type', 'wrong-target', 'wrong-source', 'no-edge'] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

export interface FixtureScore {
  readonly id: string;
  readonly tp: readonly MatchedExpected[];
  readonly fn: readonly ExpectedRelation[];
  /** The cause of each miss, in the order of `fn`. */
  readonly fnCauses: readonly MissCause[];
  readonly fp: readonly ExtractedTriple[];
  /** Extracted triples matching only an `acceptable` annotation: neither TP nor FP. */
  readonly ignored: readonly ExtractedTriple[];
  readonly forbiddenHits: readonly ForbiddenHit[];
  readonly actorsFound: readonly string[];
  readonly actorsMissed: readonly string[];
  /** `notActors` names that the extractor nonetheless returned as actors, with the actor id. */
  readonly notActorViolations: readonly { readonly name: string; readonly actorId: string }[];
}

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Precision, recall and F1 are null when undefined (nothing predicted / nothing expected). */
export interface Metrics extends Counts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface Summary {
  readonly fixtures: number;
  readonly micro: Metrics;
  readonly perType: Readonly<Record<RelationType, Metrics>>;
  readonly actors: { readonly found: number; readonly total: number; readonly recall: number | null };
  readonly notActorViolations: number;
  readonly forbiddenHits: number;
  /** Extracted triples that matched only an `acceptable` annotation. */
  readonly ignored: number;
  /** Among true positives, how many agree with the annotation's `alleged` flag. */
  readonly alleged: { readonly agree: number; readonly total: number };
  /** Misses per expected type and cause. */
  readonly missCauses: Readonly<Record<RelationType, Readonly<Record<MissCause, number>>>>;
}

const DIACRITICS = /\p{M}+/gu;

/**
 * The comparison form of a name: lowercase, no diacritics, hyphens and slashes as spaces, other
 * punctuation dropped ("U.S." → "us"), whitespace collapsed, and a leading "the" removed.
 */
export function normalizeName(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[-‐‑–—/_]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

/** Every comparison form under which an extracted actor can be named: name, aliases, id with dashes as spaces. */
export function actorKeys(id: string, actor: Actor | undefined): ReadonlySet<string> {
  const keys = new Set<string>([normalizeName(id.replace(/-/g, ' '))]);
  if (actor) {
    keys.add(normalizeName(actor.name));
    for (const alias of actor.aliases) keys.add(normalizeName(alias));
    keys.add(normalizeName(actor.id.replace(/-/g, ' ')));
  }
  keys.delete('');
  return keys;
}

function alternatives(endpoint: Endpoint): readonly string[] {
  return typeof endpoint === 'string' ? [endpoint] : endpoint;
}

/** True when any alternative of the annotated endpoint names the actor. */
export function endpointMatches(endpoint: Endpoint, keys: ReadonlySet<string>): boolean {
  return alternatives(endpoint).some((name) => keys.has(normalizeName(name)));
}

interface KeyedTriple extends ExtractedTriple {
  readonly sourceKeys: ReadonlySet<string>;
  readonly targetKeys: ReadonlySet<string>;
}

function tripleMatches(
  annotated: { source: Endpoint; target: Endpoint; type: RelationType },
  t: KeyedTriple,
): boolean {
  if (annotated.type !== t.type) return false;
  const forward = endpointMatches(annotated.source, t.sourceKeys) && endpointMatches(annotated.target, t.targetKeys);
  if (forward) return true;
  // A symmetric relation has no direction, so either orientation of the annotation matches.
  return (
    RELATION_TYPE_INFO[t.type].symmetric &&
    endpointMatches(annotated.source, t.targetKeys) &&
    endpointMatches(annotated.target, t.sourceKeys)
  );
}

/** The distinct triples of an extraction, in first-mention order. */
export function distinctTriples(result: ExtractionResult): KeyedTriple[] {
  const actorsById = new Map(result.actors.map((a) => [a.id, a] as const));
  const byKey = new Map<string, KeyedTriple>();
  for (const r of result.relations) {
    let [source, target] = [r.source, r.target];
    if (RELATION_TYPE_INFO[r.type].symmetric && target < source) [source, target] = [target, source];
    const key = `${r.type}\u0000${source}\u0000${target}`;
    const seen = byKey.get(key);
    if (seen) {
      if (r.alleged && !seen.alleged) byKey.set(key, { ...seen, alleged: true });
      continue;
    }
    const sourceActor = actorsById.get(source);
    const targetActor = actorsById.get(target);
    byKey.set(key, {
      source,
      target,
      type: r.type,
      sourceName: sourceActor?.name ?? source,
      targetName: targetActor?.name ?? target,
      alleged: r.alleged,
      evidence: r.evidence,
      sourceKeys: actorKeys(source, sourceActor),
      targetKeys: actorKeys(target, targetActor),
    });
  }
  return [...byKey.values()];
}

function publicTriple(t: KeyedTriple): ExtractedTriple {
  const { sourceKeys: _s, targetKeys: _t, ...rest } = t;
  return rest;
}

/**
 * Scores one extraction. TP: an expected relation matched by at least one distinct extracted
 * triple. FN: an expected relation matched by none. FP: a distinct extracted triple matching no
 * expected relation (a triple matching several, or an expected with alternatives matched by
 * several triples, is never counted twice) nor any `acceptable` one. Forbidden hits are
 * reported separately and are usually also FPs.
 */
export function scoreFixture(fixture: ScorableFixture, result: ExtractionResult): FixtureScore {
  const triples = distinctTriples(result);
  const used = new Set<KeyedTriple>();
  const tp: MatchedExpected[] = [];
  const fn: ExpectedRelation[] = [];
  for (const expected of fixture.expected) {
    const by = triples.filter((t) => tripleMatches(expected, t));
    if (by.length === 0) {
      fn.push(expected);
      continue;
    }
    for (const t of by) used.add(t);
    const want = expected.alleged ?? false;
    tp.push({ expected, by: by.map(publicTriple), allegedAgrees: by.some((t) => t.alleged === want) });
  }
  const unmatched = triples.filter((t) => !used.has(t));
  const isAcceptable = (t: KeyedTriple): boolean => (fixture.acceptable ?? []).some((a) => tripleMatches(a, t));
  const fp = unmatched.filter((t) => !isAcceptable(t)).map(publicTriple);
  const ignored = unmatched.filter(isAcceptable).map(publicTriple);

  const forbiddenHits: ForbiddenHit[] = [];
  for (const forbidden of fixture.forbidden ?? []) {
    for (const t of triples) if (tripleMatches(forbidden, t)) forbiddenHits.push({ forbidden, extracted: publicTriple(t) });
  }

  const actorKeySets = result.actors.map((a) => ({ id: a.id, keys: actorKeys(a.id, a) }));
  const fnCauses = fn.map((e) => missCause(e, triples, actorKeySets.map((a) => a.keys)));
  const actorsFound: string[] = [];
  const actorsMissed: string[] = [];
  for (const name of fixture.actors ?? []) {
    (actorKeySets.some((a) => endpointMatches(name, a.keys)) ? actorsFound : actorsMissed).push(name);
  }
  const notActorViolations = (fixture.notActors ?? []).flatMap((name) =>
    actorKeySets.filter((a) => endpointMatches(name, a.keys)).map((a) => ({ name, actorId: a.id })),
  );

  return { id: fixture.id, tp, fn, fnCauses, fp, ignored, forbiddenHits, actorsFound, actorsMissed, notActorViolations };
}

/** The cause of a miss (see MISS_CAUSES), from the distinct triples of the extraction. */
function missCause(e: ExpectedRelation, triples: readonly KeyedTriple[], actorKeySets: readonly ReadonlySet<string>[]): MissCause {
  if (!actorKeySets.some((k) => endpointMatches(e.source, k)) || !actorKeySets.some((k) => endpointMatches(e.target, k))) {
    return 'actor-missing';
  }
  const isSource = (t: KeyedTriple): boolean => endpointMatches(e.source, t.sourceKeys);
  const isTarget = (t: KeyedTriple): boolean => endpointMatches(e.target, t.targetKeys);
  const reversed = (t: KeyedTriple): boolean => endpointMatches(e.source, t.targetKeys) && endpointMatches(e.target, t.sourceKeys);
  const sameType = triples.filter((t) => t.type === e.type);
  if (sameType.some(reversed)) return 'reversed';
  if (triples.some((t) => (isSource(t) && isTarget(t)) || reversed(t))) return 'other-type';
  if (sameType.some(isSource)) return 'wrong-target';
  if (sameType.some(isTarget)) return 'wrong-source';
  return 'no-edge';
}

/** Precision, recall and F1 of raw counts; a ratio with a zero denominator is null. */
export function metrics(counts: Counts): Metrics {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 =
    precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Micro-averaged and per-type metrics over many fixture scores (TP/FN by expected type, FP by extracted type). */
export function summarize(scores: readonly FixtureScore[]): Summary {
  const perTypeCounts = new Map<RelationType, { tp: number; fp: number; fn: number }>(
    RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );
  const bump = (type: RelationType, field: keyof Counts): void => {
    const c = perTypeCounts.get(type);
    if (c) c[field] += 1;
  };
  let found = 0;
  let total = 0;
  let violations = 0;
  let forbiddenHits = 0;
  let agree = 0;
  let ignored = 0;
  const causes = new Map<RelationType, Record<MissCause, number>>(
    RELATION_TYPES.map((t) => [t, Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<MissCause, number>]),
  );
  for (const s of scores) {
    s.fn.forEach((e, i) => {
      const byCause = causes.get(e.type);
      const cause = s.fnCauses[i];
      if (byCause && cause) byCause[cause] += 1;
    });
    for (const m of s.tp) {
      bump(m.expected.type, 'tp');
      if (m.allegedAgrees) agree += 1;
    }
    for (const e of s.fn) bump(e.type, 'fn');
    for (const t of s.fp) bump(t.type, 'fp');
    found += s.actorsFound.length;
    total += s.actorsFound.length + s.actorsMissed.length;
    violations += s.notActorViolations.length;
    forbiddenHits += s.forbiddenHits.length;
    ignored += s.ignored.length;
  }
  const perType = Object.fromEntries(
    RELATION_TYPES.map((t) => [t, metrics(perTypeCounts.get(t) ?? { tp: 0, fp: 0, fn: 0 })]),
  ) as Record<RelationType, Metrics>;
  const sum = (field: keyof Counts): number => RELATION_TYPES.reduce((acc, t) => acc + perType[t][field], 0);
  const micro = metrics({ tp: sum('tp'), fp: sum('fp'), fn: sum('fn') });
  return {
    fixtures: scores.length,
    micro,
    perType,
    actors: { found, total, recall: total === 0 ? null : found / total },
    notActorViolations: violations,
    forbiddenHits,
    ignored,
    alleged: { agree, total: micro.tp },
    missCauses: Object.fromEntries(causes) as Record<RelationType, Record<MissCause, number>>,
  };
}
