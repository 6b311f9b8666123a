import type { ManagedTransaction } from 'neo4j-driver';
import { isAppError } from '../errors.js';
import type { Graph } from '../graph/graph.js';
import {
  deleteArticleMentions,
  findArticles,
  mergeActors,
  mergeRelations,
  type RelationKey,
  writeArticles,
} from '../graph/ingest-writes.js';
import { refreshStrongest } from '../graph/strongest.js';
import { recomputeRelations } from './recompute.js';
import { aggregateMentionRows, collectActors, type PreparedArticle } from './prepare.js';
import type { CommittedArticle, IngestStatus } from './types.js';

export interface BatchResult {
  /** Status of each article id of the batch. */
  readonly statuses: ReadonlyMap<string, IngestStatus>;
  /** One entry per NEW or UPDATED article, in batch order. */
  readonly committed: readonly CommittedArticle[];
}

/** What decides whether a stored article is up to date: its text and the extractor that read it. */
export interface StoredVersion {
  readonly contentHash: string | null;
  /** Null for articles written before the extractor fingerprint was stored. */
  readonly extractor: string | null;
}

/** The stored version of each id (absent when the article is not stored). */
export async function readStoredVersions(graph: Graph, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
  if (ids.length === 0) return new Map();
  const rows = await graph.read('ingest/find-articles', (tx) => findArticles(tx, { ids }));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * True when the stored article has the same text and was extracted by the same extractor: writing
 * it again would change nothing. An article stored without a fingerprint is never up to date.
 */
export function isUpToDate(stored: StoredVersion | undefined, contentHash: string, extractor: string): boolean {
  return stored !== undefined && stored.contentHash === contentHash && stored.extractor === extractor;
}

/**
 * Writes a batch of prepared articles in ONE transaction (retried by the driver on transient
 * errors such as deadlocks; the work is a pure function of its input, so a retry is safe).
 *
 * Inside the transaction: the stored content hashes and extractor fingerprints decide each
 * article's status (UNCHANGED only when both are equal); UNCHANGED articles are not touched; an
 * UPDATED article's old mentions are deleted and every edge they or the new ones
 * feed is recomputed from the remaining mentions; NEW articles' mentions are added to their
 * edges as increments. Nothing outside the batch's articles and the edges they feed changes.
 * Article ids must be unique within the batch.
 */
export async function writeBatch(graph: Graph, batch: readonly PreparedArticle[]): Promise<BatchResult> {
  const ids = batch.map((p) => p.article.id);
  if (new Set(ids).size !== ids.length) throw new Error('writeBatch: article ids must be unique within a batch');
  for (let attempt = 0; ; attempt++) {
    try {
      return await graph.write('ingest/write-batch', (tx) => writeBatchInTx(tx, batch));
    } catch (error) {
      // Another loader wrote one of these articles while this transaction ran: its uncommitted
      // article was invisible to our status check, and its mentions now collide with ours. Once
      // it has committed, a retry classifies the article correctly (usually UNCHANGED). Loaders
      // still deadlocked on the same hub actors after the driver's retries also come here; the
      // jitter keeps them from meeting again in lockstep.
      if (!(isAppError(error) && error.code === 'CONFLICT') || attempt >= CONFLICT_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, CONFLICT_BACKOFF_MS * (attempt + 1) * (1 + Math.random())));
    }
  }
}

const CONFLICT_RETRIES = 3;
const CONFLICT_BACKOFF_MS = 100;

async function writeBatchInTx(tx: ManagedTransaction, batch: readonly PreparedArticle[]): Promise<BatchResult> {
  const stored = new Map((await findArticles(tx, { ids: batch.map((p) => p.article.id) })).map((r) => [r.id, r]));
  const statuses = new Map<string, IngestStatus>();
  const fresh: PreparedArticle[] = [];
  const changed: PreparedArticle[] = [];
  for (const p of batch) {
    const version = stored.get(p.article.id);
    if (version === undefined) {
      statuses.set(p.article.id, 'NEW');
      fresh.push(p);
    } else if (isUpToDate(version, p.article.contentHash, p.write.extractor)) {
      statuses.set(p.article.id, 'UNCHANGED');
    } else {
      statuses.set(p.article.id, 'UPDATED');
      changed.push(p);
    }
  }
  const written = [...fresh, ...changed];
  if (written.length === 0) return { statuses, committed: [] };

  // Updated articles: drop their old evidence first, remembering which edges it fed.
  const recompute = new Map<string, RelationKey>();
  let retracted = new Set<string>();
  if (changed.length > 0) {
    const deleted = await deleteArticleMentions(tx, { articleIds: changed.map((p) => p.article.id) });
    for (const r of deleted.relations) recompute.set(r.id, r);
    for (const p of changed) {
      for (const m of p.write.mentions) {
        recompute.set(m.relationId, { id: m.relationId, type: m.type, sourceId: m.sourceId, targetId: m.targetId });
      }
    }
    retracted = new Set(deleted.retractedIds);
  }

  await mergeActors(tx, collectActors(written.flatMap((p) => p.extraction.actors)));
  // New articles add to their edges; edges an update touched are recomputed below instead.
  const increments = aggregateMentionRows(fresh.flatMap((p) => p.write.mentions)).filter((r) => !recompute.has(r.id));
  // Independent of each other once the actors exist: sent together so the driver pipelines them.
  const [, merged] = await Promise.all([
    writeArticles(
      tx,
      written.map((p) =>
        retracted.size === 0
          ? p.write
          : { ...p.write, mentions: p.write.mentions.map((m) => (retracted.has(m.id) ? { ...m, retracted: true } : m)) },
      ),
    ),
    mergeRelations(tx, increments),
  ]);
  const weights = new Map(merged);

  // Edges an update touched: recomputed from the mentions that remain.
  for (const [id, weight] of await recomputeRelations(tx, recompute.values())) weights.set(id, weight);

  // Both ends of every edge written keep their lists of strongest edges up to date.
  await refreshStrongest(tx, [...increments, ...recompute.values()], { known: weights });

  const committed: CommittedArticle[] = batch.filter((p) => statuses.get(p.article.id) !== 'UNCHANGED').map((p) => ({
    articleId: p.article.id,
    status: statuses.get(p.article.id) === 'NEW' ? 'NEW' : 'UPDATED',
    relationIds: [...new Set(p.write.mentions.map((m) => m.relationId))],
    mentionIds: p.write.mentions.map((m) => m.id),
  }));
  return { statuses, committed };
}
