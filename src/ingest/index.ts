import { toArticle } from '../extract/index.js';
import { fingerprintOf, prepareArticle } from './prepare.js';
import type { IngestDeps, IngestReport } from './types.js';
import { writeBatch } from './write-batch.js';

export { ensureSchema } from '../graph/schema.js';
export { ingestMany, DEFAULT_BATCH_SIZE, DEFAULT_WRITES_IN_FLIGHT, reasonOf } from './pipeline.js';
export type * from './types.js';
export { parseIngestBody } from './body.js';
export {
  expandPaths,
  estimateItems,
  formatOfPath,
  loadExpanded,
  loadFile,
  loadPaths,
  parseDocument,
  sniffFormat,
  SOURCE_FORMATS,
  type ExpandedPaths,
  type LoadOptions,
  type SourceFormat,
} from './loaders/index.js';

/**
 * Ingests one article: validates it (`AppError('INVALID_ARTICLE')`), extracts, and writes it in
 * one transaction through the same batch path as `ingestMany` (so the GraphQL mutation, `POST
 * /ingest` and `kg ingest` behave alike). Idempotent: the same input again reports UNCHANGED and
 * writes nothing; a changed text, or the same text after a change of the extractor, reports
 * UPDATED and replaces only this article's evidence.
 * `onCommitted` fires after the commit, never for UNCHANGED.
 */
export async function ingestArticle(input: Parameters<typeof toArticle>[0], deps: IngestDeps): Promise<IngestReport> {
  const article = toArticle(input, { maxTextBytes: deps.maxArticleBytes });
  const extraction = deps.extractor.extract(article);
  const prepared = prepareArticle('api', article, extraction, fingerprintOf(deps.extractor));
  const result = await writeBatch(deps.graph, [prepared]);
  if (deps.onCommitted) for (const event of result.committed) deps.onCommitted(event);
  return {
    status: result.statuses.get(article.id) ?? 'UNCHANGED',
    article,
    actors: [...extraction.actors],
    relations: [...extraction.relations],
  };
}
