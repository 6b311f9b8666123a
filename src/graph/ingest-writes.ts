import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { type ActorType, RELATION_TYPES, type RelationType } from '../domain/index.js';
import { runQuery } from './graph.js';
import { edgeFields, type EdgeFields } from './strongest.js';
import { int, toIsoDate, toNumber, toStringArray } from './values.js';

/**
 * The write side of ingestion: one function per `cypher/ingest/*.cypher` file, no logic beyond
 * mapping parameters and rows. The ingest layer composes them inside one write transaction per
 * batch (see `src/ingest/write-batch.ts`).
 */

/** `YYYY-MM-DD` as a Cypher DATE parameter (so queries compare dates without parsing strings). */
export function cypherDate(iso: string | null): InstanceType<typeof neo4j.types.Date> | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}

export interface FindArticlesParams {
  readonly ids: readonly string[];
}

export interface StoredArticleVersionRow {
  readonly id: string;
  readonly contentHash: string | null;
  /** Fingerprint of the extractor that wrote the article; null for articles written before it was stored. */
  readonly extractor: string | null;
}

/**
 * The stored content hash and extractor fingerprint of each id that exists; ids not stored are
 * absent from the result. Read-only; order not guaranteed.
 */
export async function findArticles(tx: ManagedTransaction, params: FindArticlesParams): Promise<StoredArticleVersionRow[]> {
  const result = await runQuery(tx, 'ingest/find-articles', { ids: params.ids });
  const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
  return result.records.map((r) => ({
    id: String(r.get('id')),
    contentHash: text(r.get('contentHash')),
    extractor: text(r.get('extractor')),
  }));
}

/** An aggregated relation's key: its id and the three parts the id is made of. */
export interface RelationKey {
  readonly id: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
}

export interface DeletedMentionsRow {
  readonly relations: RelationKey[];
  readonly retractedIds: string[];
}

/**
 * Deletes every mention of the given articles. Returns the relations those mentions fed (the
 * caller must recompute them in the same transaction) and the ids of retracted mentions.
 * Idempotent: a second call deletes nothing and returns empty lists.
 */
export async function deleteArticleMentions(
  tx: ManagedTransaction,
  params: { readonly articleIds: readonly string[] },
): Promise<DeletedMentionsRow> {
  const result = await runQuery(tx, 'ingest/delete-article-mentions', { articleIds: params.articleIds });
  const record = result.records[0];
  if (!record) return { relations: [], retractedIds: [] };
  const relations = (record.get('relations') as Array<Record<string, unknown>>).map((r) => ({
    id: String(r['id']),
    type: String(r['type']) as RelationType,
    sourceId: String(r['sourceId']),
    targetId: String(r['targetId']),
  }));
  return { relations, retractedIds: toStringArray(record.get('retractedIds')) };
}

export interface MergeActorParams {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  /** `name` first, then every alias seen in this batch, without duplicates. */
  readonly names: readonly string[];
  readonly affiliation: string | null;
}

/**
 * Creates missing actors and unions names into aliases of existing ones (the first non-empty
 * name and type are kept). Idempotent; pass rows sorted by id to lock in a stable order.
 */
export async function mergeActors(tx: ManagedTransaction, actors: readonly MergeActorParams[]): Promise<void> {
  if (actors.length === 0) return;
  await runQuery(tx, 'ingest/merge-actors', { actors });
}

export interface MentionParams {
  readonly id: string;
  readonly relationId: string;
  readonly articleId: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  /** The article's date (YYYY-MM-DD), null when the article has none. */
  readonly date: string | null;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly claimantId: string | null;
  readonly alleged: boolean;
  readonly cameo: string;
  readonly goldstein: number;
  readonly retracted: boolean;
}

export interface WriteArticleParams {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  /** YYYY-MM-DD or null. */
  readonly published: string | null;
  readonly contentHash: string;
  /** Fingerprint of the extractor the mentions come from. */
  readonly extractor: string;
  readonly text: string;
  readonly mentions: readonly MentionParams[];
}

/**
 * MERGEs each article node (properties replaced) and CREATEs its mentions. Not idempotent on its
 * own: the caller writes only new articles, or updated ones whose mentions it deleted first in
 * the same transaction (a duplicate mention id fails on the uniqueness constraint).
 */
export async function writeArticles(tx: ManagedTransaction, articles: readonly WriteArticleParams[]): Promise<void> {
  if (articles.length === 0) return;
  // JavaScript numbers travel as Cypher FLOATs; offsets are stored as INTEGERs, dates as DATEs.
  const rows = articles.map((a) => ({
    ...a,
    published: cypherDate(a.published),
    mentions: a.mentions.map((m) => ({ ...m, date: cypherDate(m.date), start: int(m.start), end: int(m.end) })),
  }));
  await runQuery(tx, 'ingest/write-articles', { articles: rows });
}

export interface RelationAggregate {
  readonly count: number;
  readonly articleCount: number;
  readonly confidenceSum: number;
  readonly allegedCount: number;
  /** YYYY-MM-DD or null. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly claimantIds: readonly string[];
}

export interface MergeRelationParams extends RelationKey, RelationAggregate {
  /** True: the aggregate replaces the stored one; false: it is added to it. */
  readonly reset: boolean;
  readonly cameo: string;
  readonly goldstein: number;
}

/** The registry name of the merge query of one relation type (`ingest/merge-relations/meets-with`). */
export function mergeRelationsQuery(type: RelationType): string {
  return `ingest/merge-relations/${type.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * Adds (or with `reset`, sets) aggregates on the typed edge `(source)-[:TYPE]->(target)`,
 * creating it when missing. Both actors must exist. Rows are grouped by type, one statement per
 * type present (the type must be static in Cypher to plan as an expand), in RELATION_TYPES
 * order, rows in the given order. Increments are atomic under concurrent loaders. Not
 * idempotent for `reset: false` rows: the caller adds each mention once. Returns each edge's
 * distinct-article count as written, null for a retracted edge (what its lists of strongest edges
 * need).
 */
export async function mergeRelations(
  tx: ManagedTransaction,
  relations: readonly MergeRelationParams[],
): Promise<Map<string, EdgeFields | null>> {
  const written = new Map<string, EdgeFields | null>();
  if (relations.length === 0) return written;
  const byType = new Map<RelationType, unknown[]>();
  for (const r of relations) {
    // Counters go as INTEGERs (JavaScript numbers travel as FLOATs).
    const row = {
      id: r.id,
      sourceId: r.sourceId,
      targetId: r.targetId,
      reset: r.reset,
      count: int(r.count),
      articleCount: int(r.articleCount),
      confidenceSum: r.confidenceSum,
      allegedCount: int(r.allegedCount),
      firstSeen: cypherDate(r.firstSeen),
      lastSeen: cypherDate(r.lastSeen),
      claimantIds: r.claimantIds,
      cameo: r.cameo,
      goldstein: r.goldstein,
    };
    const rows = byType.get(r.type);
    if (rows) rows.push(row);
    else byType.set(r.type, [row]);
  }
  // Sent together: the driver pipelines the statements over one connection instead of waiting a
  // round trip for each; the server still runs them in order.
  const results = await Promise.all(
    RELATION_TYPES.flatMap((type) => {
      const rows = byType.get(type);
      return rows ? [runQuery(tx, mergeRelationsQuery(type), { relations: rows })] : [];
    }),
  );
  for (const res of results) {
    for (const r of res.records) {
      written.set(
        String(r.get('id')),
        r.get('retracted') === true
          ? null
          : edgeFields({
              articleCount: r.get('articleCount'),
              count: r.get('count'),
              confidence: r.get('confidence'),
              goldstein: r.get('goldstein'),
              firstSeen: r.get('firstSeen'),
              lastSeen: r.get('lastSeen'),
            }),
      );
    }
  }
  return written;
}

/**
 * Write-locks the end actors of the given relations until the transaction ends, so a recompute
 * from mentions cannot race a concurrent increment. Pass rows sorted by id.
 */
export async function lockRelations(tx: ManagedTransaction, relations: readonly RelationKey[]): Promise<void> {
  if (relations.length === 0) return;
  await runQuery(tx, 'ingest/lock-relations', {
    relations: relations.map((r) => ({ sourceId: r.sourceId, targetId: r.targetId })),
  });
}

export interface AggregateRow extends RelationAggregate {
  readonly id: string;
}

/** Aggregates of each relation id over its stored mentions (count 0 when none remain). Read-only. */
export async function aggregateMentions(
  tx: ManagedTransaction,
  params: { readonly relationIds: readonly string[] },
): Promise<AggregateRow[]> {
  if (params.relationIds.length === 0) return [];
  const result = await runQuery(tx, 'ingest/aggregate-mentions', { relationIds: params.relationIds });
  return result.records.map((r) => ({
    id: String(r.get('id')),
    count: toNumber(r.get('count')),
    articleCount: toNumber(r.get('articleCount')),
    confidenceSum: toNumber(r.get('confidenceSum')),
    allegedCount: toNumber(r.get('allegedCount')),
    firstSeen: toIsoDate(r.get('firstSeen')),
    lastSeen: toIsoDate(r.get('lastSeen')),
    claimantIds: toStringArray(r.get('claimantIds')),
  }));
}

/** Deletes the given aggregated edges; missing ones are ignored (idempotent). */
export async function deleteRelations(tx: ManagedTransaction, relations: readonly RelationKey[]): Promise<void> {
  if (relations.length === 0) return;
  await runQuery(tx, 'ingest/delete-relations', {
    relations: relations.map((r) => ({ id: r.id, sourceId: r.sourceId, targetId: r.targetId })),
  });
}
