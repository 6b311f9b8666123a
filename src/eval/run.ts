import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtractionResult } from '../domain/index.js';
import type { LoadedFixture } from './fixture.js';
import { scoreFixture, type FixtureScore } from './score.js';

/**
 * Runs whatever extractor `src/extract/index` exports over the fixtures. The extractor is loaded
 * dynamically, by path, so the yardstick compiles and runs before (and independently of) it.
 */

/** The article handed to the extractor: valid both as an `ArticleInput` and, field by field, as an `Article`. */
export interface EvalArticle {
  readonly id: string;
  readonly text: string;
  readonly published?: string;
  readonly contentHash: string;
}

export type ExtractFn = (article: EvalArticle) => ExtractionResult | Promise<ExtractionResult>;

interface ExtractorModule {
  readonly createExtractor?: unknown;
  readonly extractArticle?: unknown;
}

/** The extractor's entry file, `.ts` when run from sources, `.js` from a build; null when absent. */
export function extractorEntry(): string | null {
  for (const candidate of ['../extract/index.ts', '../extract/index.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

function hasExtract(value: unknown): value is { extract: (article: EvalArticle) => unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { extract?: unknown }).extract === 'function';
}

/**
 * Loads the extractor: `createExtractor()` if exported (its `extract` method is used), else
 * `extractArticle`. Returns null when the entry file does not exist; throws when it exists but
 * exports neither.
 */
export async function loadExtractor(entry: string | null = extractorEntry()): Promise<ExtractFn | null> {
  if (entry === null) return null;
  const mod = (await import(pathToFileURL(entry).href)) as ExtractorModule;
  if (typeof mod.createExtractor === 'function') {
    const extractor: unknown = await (mod.createExtractor as () => unknown)();
    if (!hasExtract(extractor)) throw new Error(`${entry}: createExtractor() returned no extract method`);
    return (article) => extractor.extract(article) as ExtractionResult | Promise<ExtractionResult>;
  }
  if (typeof mod.extractArticle === 'function') {
    const extractArticle = mod.extractArticle as (article: EvalArticle) => ExtractionResult | Promise<ExtractionResult>;
    return (article) => extractArticle(article);
  }
  throw new Error(`${entry} exports neither createExtractor nor extractArticle`);
}

export function toArticle(fixture: LoadedFixture): EvalArticle {
  const contentHash = createHash('sha256').update(fixture.text).digest('hex');
  return fixture.published === undefined
    ? { id: fixture.id, text: fixture.text, contentHash }
    : { id: fixture.id, text: fixture.text, published: fixture.published, contentHash };
}

export interface FixtureRun {
  readonly fixture: LoadedFixture;
  readonly score: FixtureScore;
  /** Set when the extractor threw on this fixture; the fixture is then scored as an empty extraction. */
  readonly error: string | null;
}

/** Extracts and scores each fixture in order; an extractor error is recorded, not thrown. */
export async function evaluate(fixtures: readonly LoadedFixture[], extract: ExtractFn): Promise<FixtureRun[]> {
  const runs: FixtureRun[] = [];
  for (const fixture of fixtures) {
    let result: ExtractionResult;
    let error: string | null = null;
    try {
      result = await extract(toArticle(fixture));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      result = { id: fixture.id, actors: [], relations: [] };
    }
    runs.push({ fixture, score: scoreFixture(fixture, result), error });
  }
  return runs;
}
