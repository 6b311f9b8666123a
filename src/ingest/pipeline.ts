import { Neo4jError } from 'neo4j-driver';
import type { Article } from '../domain/index.js';
import { AppError, isAppError } from '../errors.js';
import { toArticle } from '../extract/index.js';
import { fingerprintOf, prepareArticle, type PreparedArticle } from './prepare.js';
import type {
  IngestFailure,
  IngestManyDeps,
  IngestManyOptions,
  IngestProgress,
  IngestStatus,
  IngestSummary,
  LoadedItem,
} from './types.js';
import { type BatchResult, isUpToDate, readStoredVersions, type StoredVersion, writeBatch } from './write-batch.js';

export const DEFAULT_BATCH_SIZE = 200;
export const DEFAULT_WRITES_IN_FLIGHT = 2;

/** The message a summary shows for an error (AppErrors carry a user-facing one). */
export function reasonOf(error: unknown): string {
  if (isAppError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Lets the driver's socket callbacks run between two synchronous extractions. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Pending {
  readonly origin: string;
  readonly article: Article;
}

/**
 * Loads a stream of items into the graph: validate, extract, write in batches of `batchSize`
 * articles, one transaction each. Streaming: at most `writesInFlight + 1` batches are held (the
 * one being extracted and those being written), so memory stays flat whatever the source size.
 *
 * - Extraction of batch N+1 overlaps the writes of the batches before it (`writesInFlight`
 *   transactions at once, default 2); a batch that shares an article with one in flight waits
 *   for it, so versions of an article commit in the order they came.
 * - Resumable: before extracting, the stored content hashes and extractor fingerprints are read,
 *   and articles with the same text already extracted by this extractor skip extraction and
 *   writing (a rerun over a loaded folder costs one read per batch). After a change of the
 *   extractor (code, data, lexicon) the same rerun re-extracts every article and reports it
 *   UPDATED.
 * - A bad item (unreadable, invalid, failing extraction, failing write) is reported through
 *   `onFailure` and the summary, and skipped; when a batch's transaction fails, the batch is
 *   retried article by article so only the culprit is lost. Only an unreachable database stops
 *   the run (the error is thrown after the in-flight writes settle).
 * - An article id seen twice in one batch closes the batch first, so both versions are written
 *   in order and the later one wins.
 */
export async function ingestMany(
  source: AsyncIterable<LoadedItem> | Iterable<LoadedItem>,
  deps: IngestManyDeps,
  options: IngestManyOptions = {},
): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const dryRun = options.dryRun ?? false;
  const maxFailuresKept = options.maxFailuresKept ?? 1000;
  const maxInflight = Math.max(1, options.writesInFlight ?? DEFAULT_WRITES_IN_FLIGHT);
  const graph = deps.graph;
  const fingerprint = fingerprintOf(deps.extractor);
  if (graph === null && !dryRun) throw new AppError('INVALID_INPUT', 'ingestMany needs a graph unless it is a dry run');
  const started = Date.now();
  const counts = { items: 0, new: 0, updated: 0, unchanged: 0, failed: 0, mentions: 0 };
  const failures: IngestFailure[] = [];
  let failuresTruncated = false;

  const progress = (): void => {
    if (!options.onProgress) return;
    const snapshot: IngestProgress = {
      done: counts.new + counts.updated + counts.unchanged + counts.failed,
      new: counts.new,
      updated: counts.updated,
      unchanged: counts.unchanged,
      failed: counts.failed,
      elapsedMs: Date.now() - started,
    };
    options.onProgress(snapshot);
  };

  const fail = (origin: string, reason: string): void => {
    counts.failed += 1;
    if (failures.length < maxFailuresKept) failures.push({ origin, reason });
    else failuresTruncated = true;
    options.onFailure?.({ origin, reason });
  };

  const count = (status: IngestStatus): void => {
    if (status === 'NEW') counts.new += 1;
    else if (status === 'UPDATED') counts.updated += 1;
    else counts.unchanged += 1;
  };

  const record = (prepared: readonly PreparedArticle[], result: BatchResult): void => {
    for (const p of prepared) {
      const status = result.statuses.get(p.article.id) ?? 'UNCHANGED';
      count(status);
      if (status !== 'UNCHANGED') counts.mentions += p.write.mentions.length;
      options.onArticle?.({
        origin: p.origin,
        status,
        article: p.article,
        actors: p.extraction.actors,
        relations: p.extraction.relations,
      });
    }
    if (deps.onCommitted) for (const event of result.committed) deps.onCommitted(event);
  };

  /**
   * A write error that means the database is gone, not that this batch is bad. A transaction
   * timeout is also DATABASE_UNAVAILABLE, but it is the batch's fault (too big), so it is retried
   * article by article like any other failure.
   */
  const isFatal = (error: unknown): boolean =>
    isAppError(error) &&
    error.code === 'DATABASE_UNAVAILABLE' &&
    !(error.cause instanceof Neo4jError && error.cause.code.includes('TransactionTimedOut'));

  const write = async (prepared: readonly PreparedArticle[]): Promise<void> => {
    if (graph === null || prepared.length === 0) return;
    try {
      record(prepared, await writeBatch(graph, prepared));
    } catch (error) {
      if (isFatal(error)) throw error;
      for (const p of prepared) {
        try {
          record([p], await writeBatch(graph, [p]));
        } catch (single) {
          if (isFatal(single)) throw single;
          fail(p.origin, reasonOf(single));
        }
      }
    }
    progress();
  };

  // Batches being written, with their article ids: the stored version of those may be about to
  // change, so they get no UNCHANGED shortcut, and a batch sharing an id with one of them waits
  // for it (the later version must commit last).
  const inflight = new Map<Promise<void>, ReadonlySet<string>>();
  const isInflight = (id: string): boolean => [...inflight.values()].some((ids) => ids.has(id));
  let fatal: { error: unknown } | null = null;

  const flush = async (batch: Pending[]): Promise<void> => {
    if (batch.length === 0) return;
    const stored = graph === null ? new Map<string, StoredVersion>() : await readStoredVersions(graph, batch.map((b) => b.article.id));
    const prepared: PreparedArticle[] = [];
    for (const { origin, article } of batch) {
      if (isUpToDate(stored.get(article.id), article.contentHash, fingerprint) && !isInflight(article.id)) {
        counts.unchanged += 1;
        options.onArticle?.({ origin, status: 'UNCHANGED', article, actors: [], relations: [] });
        continue;
      }
      try {
        prepared.push(prepareArticle(origin, article, deps.extractor.extract(article), fingerprint));
      } catch (error) {
        fail(origin, reasonOf(error));
      }
      await yieldToEventLoop();
    }
    if (dryRun) {
      for (const p of prepared) {
        const status: IngestStatus = stored.has(p.article.id) ? 'UPDATED' : 'NEW';
        count(status);
        counts.mentions += p.write.mentions.length;
        options.onArticle?.({ origin: p.origin, status, article: p.article, actors: p.extraction.actors, relations: p.extraction.relations });
      }
      progress();
      return;
    }
    // This batch was extracted while earlier ones were being written. Wait for a free slot, and
    // for any in-flight batch holding one of its articles.
    const ids = new Set(prepared.map((p) => p.article.id));
    for (const [task, taskIds] of inflight) if ([...ids].some((id) => taskIds.has(id))) await task;
    while (inflight.size >= maxInflight) await Promise.race(inflight.keys());
    if (fatal) throw fatal.error;
    const task: Promise<void> = write(prepared)
      .catch((error: unknown) => {
        fatal ??= { error };
      })
      .finally(() => inflight.delete(task));
    inflight.set(task, ids);
  };

  let pending: Pending[] = [];
  let pendingIds = new Set<string>();
  const takePending = (): Pending[] => {
    const batch = pending;
    pending = [];
    pendingIds = new Set();
    return batch;
  };

  for await (const item of source) {
    counts.items += 1;
    if (!item.ok) {
      fail(item.origin, item.reason);
      progress();
      continue;
    }
    let article: Article;
    try {
      article = toArticle(item.input, { maxTextBytes: deps.maxArticleBytes });
    } catch (error) {
      fail(item.origin, reasonOf(error));
      progress();
      continue;
    }
    if (pendingIds.has(article.id)) await flush(takePending());
    pending.push({ origin: item.origin, article });
    pendingIds.add(article.id);
    if (pending.length >= batchSize) await flush(takePending());
  }
  await flush(takePending());
  await Promise.all(inflight.keys());
  if (fatal) throw (fatal as { error: unknown }).error;
  progress();

  return {
    dryRun,
    items: counts.items,
    new: counts.new,
    updated: counts.updated,
    unchanged: counts.unchanged,
    failed: counts.failed,
    mentions: counts.mentions,
    failures,
    failuresTruncated,
    elapsedMs: Date.now() - started,
  };
}
