import type { Actor, Article, ArticleInput, ExtractedRelation } from '../domain/index.js';
import type { Extractor } from '../extract/index.js';
import type { Graph } from '../graph/graph.js';

export type IngestStatus = 'NEW' | 'UPDATED' | 'UNCHANGED';

/** Published after each commit (the API turns it into `relationAdded` events). */
export interface CommittedArticle {
  readonly articleId: string;
  readonly status: Exclude<IngestStatus, 'UNCHANGED'>;
  /** Aggregated relations (`source|TYPE|target`) this article added evidence to. */
  readonly relationIds: string[];
  readonly mentionIds: string[];
}

export interface IngestDeps {
  readonly graph: Graph;
  readonly extractor: Extractor;
  /** Largest accepted article text in UTF-8 bytes (config: KG_MAX_ARTICLE_BYTES). */
  readonly maxArticleBytes: number;
  readonly onCommitted?: (event: CommittedArticle) => void;
}

export interface IngestReport {
  readonly status: IngestStatus;
  readonly article: Article;
  readonly actors: Actor[];
  readonly relations: ExtractedRelation[];
}

/**
 * One item a loader hands over: an article input with where it came from (`file`, `file:12` for
 * a JSONL line, `file#3` for the 4th element of an array or feed), or the reason it could not be
 * read. Failed items travel through the pipeline so the summary lists them.
 */
export type LoadedItem =
  | { readonly ok: true; readonly origin: string; readonly input: ArticleInput }
  | { readonly ok: false; readonly origin: string; readonly reason: string };

export interface IngestFailure {
  readonly origin: string;
  readonly reason: string;
}

/** What happened to one article of a batch run. */
export interface ArticleOutcome {
  readonly origin: string;
  readonly status: IngestStatus;
  readonly article: Article;
  /** Empty for UNCHANGED articles, whose extraction is skipped. */
  readonly actors: readonly Actor[];
  readonly relations: readonly ExtractedRelation[];
}

export interface IngestProgress {
  /** Items finished (written, unchanged or failed). */
  readonly done: number;
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

export interface IngestManyOptions {
  /** Articles per write transaction (default 200: larger batches cost Neo4j a third less CPU per article than 50, measured in docs/benchmarks.md). */
  readonly batchSize?: number;
  /**
   * Extract and report without writing. With a graph, statuses are read from it (read-only);
   * with `graph: null` every valid article counts as NEW.
   */
  readonly dryRun?: boolean;
  /** Called after each batch and at the end. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Called once per valid article, after its batch committed (or was extracted, in a dry run). */
  readonly onArticle?: (outcome: ArticleOutcome) => void;
  /** Called once per failed item, as soon as it fails. */
  readonly onFailure?: (failure: IngestFailure) => void;
  /**
   * Batch transactions allowed to run at once (default 2): the database works on one batch while
   * it commits the other, instead of idling between them. Batches that share an article are
   * still written in order; concurrent batches that lock the same edges wait for each other.
   */
  readonly writesInFlight?: number;
  /** Reasons kept in the summary (default 1000); the count goes on regardless. */
  readonly maxFailuresKept?: number;
}

export interface IngestManyDeps extends Omit<IngestDeps, 'graph'> {
  /** Null only for a dry run that must not touch the database. */
  readonly graph: Graph | null;
}

export interface IngestSummary {
  readonly dryRun: boolean;
  readonly items: number;
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Mentions written (or, in a dry run, that would be written). */
  readonly mentions: number;
  readonly failures: IngestFailure[];
  /** True when more failures happened than `failures` holds. */
  readonly failuresTruncated: boolean;
  readonly elapsedMs: number;
}
