import type { Article, ExtractionResult } from '../domain/index.js';
import { DEFAULT_MIN_CONFIDENCE, extractWith } from './extractor.js';
import { loadKnowledge, type KnowledgeBase } from './knowledge.js';

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
}

/**
 * Loads the gazetteer and lexicon once (file reads happen here only) and returns an extractor.
 * Throws `AppError('CONFIG')` when a lexicon file cannot be read or does not validate.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const kb: KnowledgeBase = loadKnowledge(options.lexiconFiles ?? []);
  return {
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
