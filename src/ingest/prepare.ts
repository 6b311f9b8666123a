import { createHash } from 'node:crypto';
import { type Actor, type Article, type ExtractionResult, RELATION_TYPE_INFO, type RelationType } from '../domain/index.js';
import { AppError } from '../errors.js';
import type { Extractor } from '../extract/index.js';
import type {
  MentionParams,
  MergeActorParams,
  MergeRelationParams,
  RelationKey,
  WriteArticleParams,
} from '../graph/ingest-writes.js';

/** An article with its extraction, shaped for the write path. */
export interface PreparedArticle {
  readonly origin: string;
  readonly article: Article;
  readonly extraction: ExtractionResult;
  readonly write: WriteArticleParams;
}

/** `source|TYPE|target`: the key of the aggregated edge (actor ids are slugs, never `|`). */
export function relationId(source: string, type: RelationType, target: string): string {
  return `${source}|${type}|${target}`;
}

/**
 * Stable mention id: the same sentence of the same article asserting the same relation gets the
 * same id on every run, so a retraction can be carried over an update.
 */
export function mentionId(articleId: string, type: RelationType, source: string, target: string, start: number, end: number): string {
  const hash = createHash('sha256').update(`${articleId}\u0000${type}\u0000${source}\u0000${target}\u0000${start}\u0000${end}`).digest('hex');
  return `m-${hash.slice(0, 24)}`;
}

/** The date part of an ISO date or date-time. */
export function dateOf(published: string | null): string | null {
  return published === null ? null : published.slice(0, 10);
}

/**
 * The fingerprint stored for an extractor that has none (a test double whose results depend on
 * the article only). Distinct from null, which marks articles written before fingerprints.
 */
export const UNVERSIONED_EXTRACTOR = '';

/** The fingerprint ingestion stores for an extractor. */
export function fingerprintOf(extractor: Pick<Extractor, 'fingerprint'>): string {
  return extractor.fingerprint ?? UNVERSIONED_EXTRACTOR;
}

/**
 * Turns an extraction into write rows; `extractor` is the fingerprint of the extractor that made
 * it. Throws `AppError('INVALID_INPUT')` when a relation names an actor the extraction does not
 * define (the edge could not be attached). Duplicate relations (same type, ends and offsets)
 * collapse into one mention.
 */
export function prepareArticle(
  origin: string,
  article: Article,
  extraction: ExtractionResult,
  extractor: string = UNVERSIONED_EXTRACTOR,
): PreparedArticle {
  const actorIds = new Set(extraction.actors.map((a) => a.id));
  const date = dateOf(article.published);
  const mentions = new Map<string, MentionParams>();
  for (const r of extraction.relations) {
    for (const end of [r.source, r.target]) {
      if (!actorIds.has(end)) {
        throw new AppError('INVALID_INPUT', `the extraction has a ${r.type} relation with unknown actor "${end}"`);
      }
    }
    const id = mentionId(article.id, r.type, r.source, r.target, r.start, r.end);
    if (mentions.has(id)) continue;
    mentions.set(id, {
      id,
      relationId: relationId(r.source, r.type, r.target),
      articleId: article.id,
      type: r.type,
      sourceId: r.source,
      targetId: r.target,
      date,
      evidence: r.evidence,
      start: r.start,
      end: r.end,
      confidence: r.confidence,
      claimantId: r.claimant,
      alleged: r.alleged,
      cameo: r.cameo,
      goldstein: r.goldstein,
      retracted: false,
    });
  }
  return {
    origin,
    article,
    extraction,
    write: {
      id: article.id,
      url: article.url,
      title: article.title,
      source: article.source,
      published: date,
      contentHash: article.contentHash,
      extractor,
      text: article.text,
      mentions: [...mentions.values()],
    },
  };
}

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The actors of several extractions as merge rows, one per id (names unioned in order of first
 * appearance; the first non-empty name, type and affiliation win), sorted by id so concurrent
 * loaders lock them in one order.
 */
export function collectActors(actors: Iterable<Actor>): MergeActorParams[] {
  const byActor = new Map<string, { id: string; name: string; type: Actor['type']; names: string[]; affiliation: string | null }>();
  for (const actor of actors) {
    const seen = byActor.get(actor.id);
    const names = [actor.name, ...actor.aliases].filter((n) => n.trim() !== '');
    if (!seen) {
      byActor.set(actor.id, {
        id: actor.id,
        name: actor.name.trim() === '' ? (names[0] ?? actor.id) : actor.name,
        type: actor.type,
        names: [...new Set(names)],
        affiliation: actor.affiliation,
      });
      continue;
    }
    for (const n of names) if (!seen.names.includes(n)) seen.names.push(n);
    seen.affiliation ??= actor.affiliation;
  }
  return [...byActor.values()]
    .map((a) => ({ ...a, names: a.names.includes(a.name) ? a.names : [a.name, ...a.names] }))
    .sort(byId);
}

/**
 * Sums mentions per aggregated edge: the increments one batch adds. `articleCount` counts
 * distinct articles, which is right because each article's mentions are added exactly once.
 * Sorted by id.
 */
export function aggregateMentionRows(mentions: Iterable<MentionParams>): MergeRelationParams[] {
  const rows = new Map<
    string,
    RelationKey & {
      count: number;
      articles: Set<string>;
      confidenceSum: number;
      allegedCount: number;
      firstSeen: string | null;
      lastSeen: string | null;
      claimants: Set<string>;
    }
  >();
  for (const m of mentions) {
    let row = rows.get(m.relationId);
    if (!row) {
      row = {
        id: m.relationId,
        type: m.type,
        sourceId: m.sourceId,
        targetId: m.targetId,
        count: 0,
        articles: new Set(),
        confidenceSum: 0,
        allegedCount: 0,
        firstSeen: null,
        lastSeen: null,
        claimants: new Set(),
      };
      rows.set(m.relationId, row);
    }
    row.count += 1;
    row.articles.add(m.articleId);
    row.confidenceSum += m.confidence;
    if (m.alleged) row.allegedCount += 1;
    if (m.date !== null) {
      if (row.firstSeen === null || m.date < row.firstSeen) row.firstSeen = m.date;
      if (row.lastSeen === null || m.date > row.lastSeen) row.lastSeen = m.date;
    }
    if (m.claimantId !== null) row.claimants.add(m.claimantId);
  }
  return [...rows.values()]
    .map((r) => ({
      id: r.id,
      type: r.type,
      sourceId: r.sourceId,
      targetId: r.targetId,
      reset: false,
      count: r.count,
      articleCount: r.articles.size,
      confidenceSum: r.confidenceSum,
      allegedCount: r.allegedCount,
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      claimantIds: [...r.claimants].sort(),
      cameo: RELATION_TYPE_INFO[r.type].cameo,
      goldstein: RELATION_TYPE_INFO[r.type].goldstein,
    }))
    .sort(byId);
}
