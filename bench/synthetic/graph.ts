import type { ExtractionResult } from '../../src/domain/index.js';
import type { Extractor } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/graph.js';
import { type IngestManyOptions, type IngestSummary, ingestMany, type LoadedItem } from '../../src/ingest/index.js';
import { type ArticleGeneratorOptions, generateArticles } from './articles.js';

/** Prefixes every actor id of an extraction (ends, claimants, affiliations), to isolate a run. */
export function prefixActors(truth: ExtractionResult, prefix: string): ExtractionResult {
  if (prefix === '') return truth;
  const p = (id: string): string => `${prefix}${id}`;
  return {
    id: truth.id,
    actors: truth.actors.map((a) => ({ ...a, id: p(a.id), affiliation: a.affiliation === null ? null : p(a.affiliation) })),
    relations: truth.relations.map((r) => ({ ...r, source: p(r.source), target: p(r.target), claimant: r.claimant === null ? null : p(r.claimant) })),
  };
}

/**
 * A source of generated articles plus an extractor that returns each article's ground truth:
 * together they drive the real ingestion pipeline without depending on the real extractor.
 * The truth of an article is dropped once extracted, so memory stays bounded by the pipeline's
 * two batches.
 */
export function syntheticSource(
  options: ArticleGeneratorOptions & {
    readonly actorPrefix?: string;
    /**
     * Keep each article's truth until `truthExtractor` takes it (default true). Pass false when
     * another extractor is used: nothing would take the truths, and they would pile up.
     */
    readonly keepTruth?: boolean;
  },
): { source: AsyncIterable<LoadedItem>; truthExtractor: Extractor } {
  const truths = new Map<string, ExtractionResult>();
  const actorPrefix = options.actorPrefix ?? '';
  const keepTruth = options.keepTruth ?? true;
  async function* source(): AsyncGenerator<LoadedItem> {
    let i = 0;
    for (const article of generateArticles(options)) {
      if (keepTruth) truths.set(article.input.id, prefixActors(article.truth, actorPrefix));
      yield { ok: true, origin: `synthetic#${i++}`, input: article.input };
    }
  }
  const truthExtractor: Extractor = {
    extract(article) {
      const truth = truths.get(article.id);
      truths.delete(article.id);
      return truth ?? { id: article.id, actors: [], relations: [] };
    },
  };
  return { source: source(), truthExtractor };
}

/**
 * Loads a synthetic graph of `n` generated articles through the production write path (so its
 * shape is exactly what ingestion builds): actors, articles, mentions and aggregated edges. For
 * read benchmarks and demos; deterministic for a seed. Article ids start with `idPrefix`.
 */
export async function loadSyntheticGraph(
  graph: Graph,
  options: ArticleGeneratorOptions & { readonly actorPrefix?: string },
  ingestOptions: IngestManyOptions = {},
): Promise<IngestSummary> {
  const { source, truthExtractor } = syntheticSource(options);
  return ingestMany(source, { graph, extractor: truthExtractor, maxArticleBytes: 10_000_000 }, ingestOptions);
}
