import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RELATION_TYPES } from '../domain/index.js';
import { AppError } from '../errors.js';

/**
 * The hand-annotated evaluation set: one JSON file per short news text, written by an annotator
 * independently of the extractor, so that the extractor is measured against a yardstick it was
 * not tuned to. `dev` may be looked at while improving the extractor; `heldout` is for scoring only.
 * `blind` (longer wire copy on other conflicts, annotated before the extractor was ever run on it)
 * is the honest measure: it is reported, never gated by a floor and never read while tuning.
 * `final` is a second set of that kind, written later on yet other conflicts, so that a gain on
 * `blind` can be checked against texts nobody tuning the extractor has seen either.
 */
export const EVAL_SETS = ['dev', 'heldout', 'blind', 'final'] as const;
export type EvalSet = (typeof EVAL_SETS)[number];
/** The sets the extractor's quality floors apply to; `blind` and `final` are measured but not gated. */
export const GATED_EVAL_SETS = ['dev', 'heldout'] as const satisfies readonly EvalSet[];

/** The closed list of linguistic phenomena a fixture can be tagged with (coverage is counted per tag). */
export const PHENOMENA = [
  'active-voice',
  'passive-voice',
  'nominalisation',
  'coordination',
  'symmetric',
  'reported-speech',
  'outlet-provenance',
  'outlet-not-actor',
  'metonymy',
  'abbreviation',
  'title-role',
  'coreference',
  'negation',
  'hedging',
  'hypothetical',
  'alleged',
  'overlapping-names',
  'distractor',
] as const;
export type Phenomenon = (typeof PHENOMENA)[number];

/**
 * An endpoint is written as a name, not an id: any common name or alias of the actor. An array
 * means "any of these is acceptable" (an official or the state he speaks for).
 */
const endpointSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const tripleShape = {
  source: endpointSchema,
  target: endpointSchema,
  type: z.enum(RELATION_TYPES),
};

const forbiddenSchema = z.object(tripleShape).strict();

const expectedSchema = z
  .object({
    ...tripleShape,
    /** The event is only claimed inside another claim ("accused X of arming Y"). */
    alleged: z.boolean().optional(),
    /** The text itself hedges the event ("reportedly", "allegedly"). */
    hedged: z.boolean().optional(),
  })
  .strict();

export const evalFixtureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    text: z.string().min(20),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD')
      .optional(),
    phenomena: z.array(z.enum(PHENOMENA)).min(1),
    expected: z.array(expectedSchema),
    forbidden: z.array(forbiddenSchema).default([]),
    /**
     * Defensible readings the annotator neither requires nor rejects ("hosted talks" read as
     * MEETS_WITH): an extracted triple matching one of these and no `expected` is neither TP nor FP.
     */
    acceptable: z.array(forbiddenSchema).default([]),
    actors: z.array(z.string().min(1)).optional(),
    notActors: z.array(z.string().min(1)).optional(),
    /** The annotator's reasoning for a debatable decision; never read by the scorer. */
    note: z.string().optional(),
  })
  .strict();

export type Endpoint = z.output<typeof endpointSchema>;
export type ExpectedRelation = z.output<typeof expectedSchema>;
export type ForbiddenRelation = z.output<typeof forbiddenSchema>;
/** A relation annotated without flags: the shape of `forbidden` and `acceptable` entries. */
export type AnnotatedTriple = ForbiddenRelation;
export type EvalFixture = z.output<typeof evalFixtureSchema>;

/** A fixture together with the set and file it came from. */
export interface LoadedFixture extends EvalFixture {
  readonly set: EvalSet;
  readonly file: string;
}

/** `test/fixtures/eval/`, resolved from this file so it works from any working directory. */
export const DEFAULT_FIXTURE_ROOT = fileURLToPath(new URL('../../test/fixtures/eval/', import.meta.url));

/** Parses one fixture; throws `INVALID_INPUT` naming the file and every schema problem. */
export function parseFixture(raw: unknown, file: string): EvalFixture {
  const parsed = evalFixtureSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AppError('INVALID_INPUT', `invalid eval fixture ${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Loads every `*.json` of one set, sorted by file name, so runs are reproducible. */
export function loadFixtures(set: EvalSet, root: string = DEFAULT_FIXTURE_ROOT): LoadedFixture[] {
  const dir = join(root, set);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((f) => {
    const file = join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new AppError('INVALID_INPUT', `eval fixture ${basename(file)} is not valid JSON`, { cause: error });
    }
    return { ...parseFixture(raw, basename(file)), set, file };
  });
}
