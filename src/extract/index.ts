import type { Article, ExtractionResult } from '../domain/index.js';
import { DEFAULT_MIN_CONFIDENCE, extractWith } from './extractor.js';
import { extractorFingerprint } from './fingerprint.js';
import { loadKnowledge, type KnowledgeBase } from './knowledge.js';

export { extractorFingerprint } from './fingerprint.js';
export { toArticle, normaliseUrl, normalisePublished, DEFAULT_MAX_TEXT_BYTES } from './article.js';
export type { ToArticleOptions } from './article.js';

export interface ExtractorOptions {
  /** Extra lexicon files (JSON) merged over the built-in lexicon, in order. */
  readonly lexiconFiles?: readonly string[];
}

export interface ExtractOptions {
  /** Relations below this confidence are dropped (default 0.4). */
  readonly minConfidence?: number;
}

export interface Extractor {
  /** Pure, deterministic, synchronous: the same article always gives the same result. */
  extract(article: Article, options?: ExtractOptions): ExtractionResult;
  /**
   * A short hex string that changes whenever `extract` could give a different result for the same
   * article (code, data files, lexicon files). Ingestion stores it on each article and re-extracts
   * an article whose stored fingerprint differs. Absent on test doubles whose results depend on
   * the article only: they count as one fixed version.
   */
  readonly fingerprint?: string;
}

/**
 * Loads the gazetteer and lexicon once (file reads happen here only) and returns an extractor
 * with its fingerprint.
 * Throws `AppError('CONFIG')` when a lexicon file cannot be read or does not validate.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const kb: KnowledgeBase = loadKnowledge(options.lexiconFiles ?? []);
  const fingerprint = extractorFingerprint(options.lexiconFiles ?? []);
  return {
    fingerprint,
    extract(article: Article, extractOptions?: ExtractOptions): ExtractionResult {
      return extractWith(kb, article, extractOptions?.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
    },
  };
}

let defaultExtractor: Extractor | null = null;

/**
 * Extracts actors and relations from one article with the built-in gazetteer and lexicon.
 * Pure, deterministic and synchronous; the built-in data is loaded on the first call only.
 */
export function extractArticle(article: Article, options?: ExtractOptions): ExtractionResult {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(article, options);
}
