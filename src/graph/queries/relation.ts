import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationType } from '../../domain/index.js';
import { runQuery } from '../graph.js';
import type { EvidenceRow, RelationRow } from '../rows.js';
import { int, toNumber } from '../values.js';
import { groupBy, toEvidenceRow, toRelationRow } from './mappers.js';

/** Filters every relation query understands; `types` is never empty (all types when unfiltered). */
export interface RelationFilterParams {
  readonly types: readonly RelationType[];
  readonly minConfidence: number | null;
  /** ISO dates, inclusive: relations with unretracted evidence dated inside the window. */
  readonly since: string | null;
  readonly until: string | null;
  /** Relations with evidence in this article. */
  readonly article: string | null;
  /** Either end. */
  readonly actor: string | null;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

function filterParams(f: RelationFilterParams): Record<string, unknown> {
  return {
    types: [...f.types],
    minConfidence: f.minConfidence,
    since: f.since,
    until: f.until,
    article: f.article,
    actor: f.actor,
  };
}

/** Windows up to this long select few enough mentions to start from them (see below). */
const EVIDENCE_FIRST_MAX_DAYS = 366;

/**
 * A closed, short window selects a small share of the evidence: the page is then found from the
 * Mention(type, date) index (find-relations-in-window), which on a 1M-relation graph reads ~25k
 * records for a 90-day window where walking actors in id order reads ~170k and takes ~5× longer.
 * Open or long windows match most relations, and the walk fills a page after a few actors.
 */
function startsFromEvidence(f: RelationFilterParams): boolean {
  if (f.since === null || f.until === null || f.article !== null) return false;
  const days = (Date.parse(f.until) - Date.parse(f.since)) / 86_400_000;
  return Number.isFinite(days) && days <= EVIDENCE_FIRST_MAX_DAYS;
}

/**
 * One page of relations over the whole graph, in (source id, relation id) order, after the keyset
 * position `(afterSource, after)` ('' for the first page). Read-only; retracted relations never
 * appear. Used when no actor, source or target anchors the query.
 */
export async function findRelations(
  tx: ManagedTransaction,
  p: { filter: RelationFilterParams; afterSource: string; after: string; limit: number },
): Promise<RelationRow[]> {
  const res = await runQuery(tx, startsFromEvidence(p.filter) ? 'relation/find-relations-in-window' : 'relation/find-relations', {
    ...filterParams(p.filter),
    source: null,
    target: null,
    afterSource: p.afterSource,
    after: p.after,
    limit: int(p.limit),
  });
  return res.records.map((r) => toRelationRow(r.get('relation')));
}

/** Number of relations `findRelations` would page through. Read-only. */
export async function countRelations(tx: ManagedTransaction, filter: RelationFilterParams): Promise<number> {
  const res = await runQuery(tx, 'relation/count-relations', filterParams(filter));
  return toNumber(res.records[0]?.get('total'));
}

export interface AnchoredParams {
  readonly anchors: readonly string[];
  /** Seen from the anchor. */
  readonly direction: Direction;
  /** The far end, when fixed (`source` and `target` both given). */
  readonly other: string | null;
  readonly filter: RelationFilterParams;
}

/**
 * One page (relation id order, after `after`) of the relations touching each anchor actor, for
 * many anchors in one query. Every anchor gets an entry, empty when nothing matches. Read-only.
 */
export async function findRelationsOfActors(
  tx: ManagedTransaction,
  p: AnchoredParams & { after: string; limit: number },
): Promise<Map<string, RelationRow[]>> {
  const res = await runQuery(tx, 'relation/find-relations-of-actors', {
    ...filterParams(p.filter),
    anchors: [...p.anchors],
    direction: p.direction,
    other: p.other,
    after: p.after,
    limit: int(p.limit),
  });
  return groupBy(
    p.anchors,
    res.records.map((r) => [String(r.get('anchorId')), toRelationRow(r.get('relation'))] as const),
  );
}

/** Totals for `findRelationsOfActors`, per anchor. Read-only. */
export async function countRelationsOfActors(tx: ManagedTransaction, p: AnchoredParams): Promise<Map<string, number>> {
  const res = await runQuery(tx, 'relation/count-relations-of-actors', {
    ...filterParams(p.filter),
    anchors: [...p.anchors],
    direction: p.direction,
    other: p.other,
  });
  return new Map(res.records.map((r) => [String(r.get('anchorId')), toNumber(r.get('total'))]));
}

/**
 * One page (relation id order, after `after`) of the relations with unretracted evidence in each
 * article, for many articles in one query. The filter's `article` is ignored. Read-only.
 */
export async function findRelationsInArticles(
  tx: ManagedTransaction,
  p: { articles: readonly string[]; filter: RelationFilterParams; after: string; limit: number },
): Promise<Map<string, RelationRow[]>> {
  const res = await runQuery(tx, 'relation/find-relations-in-articles', {
    ...filterParams(p.filter),
    articles: [...p.articles],
    after: p.after,
    limit: int(p.limit),
  });
  return groupBy(
    p.articles,
    res.records.map((r) => [String(r.get('articleId')), toRelationRow(r.get('relation'))] as const),
  );
}

/** Totals for `findRelationsInArticles`, per article. Read-only. */
export async function countRelationsInArticles(
  tx: ManagedTransaction,
  p: { articles: readonly string[]; filter: RelationFilterParams },
): Promise<Map<string, number>> {
  const res = await runQuery(tx, 'relation/count-relations-in-articles', {
    ...filterParams(p.filter),
    articles: [...p.articles],
  });
  return new Map(res.records.map((r) => [String(r.get('articleId')), toNumber(r.get('total'))]));
}

/** Relations by id, retracted ones included; unknown ids are absent from the map. Read-only. */
export async function getRelations(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, RelationRow>> {
  const res = await runQuery(tx, 'relation/get-relations', { ids: [...ids] });
  return new Map(res.records.map((r) => [String(r.get('id')), toRelationRow(r.get('relation'))]));
}

/**
 * Up to `limit` unretracted evidence rows per relation, most confident first, then newest, then
 * by id (a stable order). Every requested id gets an entry. Read-only.
 */
export async function getEvidence(
  tx: ManagedTransaction,
  relationIds: readonly string[],
  limit: number,
): Promise<Map<string, EvidenceRow[]>> {
  const res = await runQuery(tx, 'relation/get-evidence', { relationIds: [...relationIds], limit: int(limit) });
  return groupBy(
    relationIds,
    res.records.map((r) => [String(r.get('relationId')), toEvidenceRow(r.get('evidence'))] as const),
  );
}

/** Mentions by id as evidence rows, in no particular order; unknown ids are skipped. Read-only. */
export async function getMentions(tx: ManagedTransaction, ids: readonly string[]): Promise<EvidenceRow[]> {
  const res = await runQuery(tx, 'relation/get-mentions', { ids: [...ids] });
  return res.records.map((r) => toEvidenceRow(r.get('evidence')));
}
