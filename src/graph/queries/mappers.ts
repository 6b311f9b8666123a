import { ACTOR_TYPES, type ActorType, isRelationType, RELATION_TYPE_INFO, type RelationType } from '../../domain/index.js';
import type { ActorRow, ArticleRow, AuditRow, EvidenceRow, RelationRow } from '../rows.js';
import { toIsoDate, toNullableString, toNumber, toStringArray } from '../values.js';

/**
 * Row mappers: a map projected by a query (`a {.id, .name, …}`) to a plain row. Queries project
 * maps rather than nodes so a mapper never sees internal ids, and temporals and Integers are
 * converted here once.
 */
export type Projected = Record<string, unknown>;

function asMap(value: unknown, what: string): Projected {
  if (typeof value !== 'object' || value === null) throw new Error(`Expected a ${what} map, got ${String(value)}`);
  return value as Projected;
}

export function actorType(value: unknown): ActorType {
  const s = String(value);
  return (ACTOR_TYPES as readonly string[]).includes(s) ? (s as ActorType) : 'ORGANIZATION';
}

function relationType(value: unknown): RelationType {
  const s = String(value);
  if (!isRelationType(s)) throw new Error(`Unknown relation type ${s}`);
  return s;
}

/** Dates are served as calendar days; a date-time property keeps its day. */
function toDay(value: unknown): string | null {
  const iso = toIsoDate(value);
  return iso === null ? null : iso.slice(0, 10);
}

export function toActorRow(value: unknown): ActorRow {
  const m = asMap(value, 'actor');
  return {
    id: String(m['id']),
    name: String(m['name'] ?? m['id']),
    type: actorType(m['type']),
    aliases: toStringArray(m['aliases']),
    affiliation: toNullableString(m['affiliation']),
  };
}

export function toRelationRow(value: unknown): RelationRow {
  const m = asMap(value, 'relation');
  const type = relationType(m['type']);
  const info = RELATION_TYPE_INFO[type];
  return {
    id: String(m['id']),
    type,
    sourceId: String(m['sourceId']),
    targetId: String(m['targetId']),
    cameo: toNullableString(m['cameo']) ?? info.cameo,
    goldstein: m['goldstein'] === null || m['goldstein'] === undefined ? info.goldstein : toNumber(m['goldstein']),
    count: toNumber(m['count']),
    articleCount: toNumber(m['articleCount']),
    confidence: toNumber(m['confidence']),
    firstSeen: toDay(m['firstSeen']),
    lastSeen: toDay(m['lastSeen']),
    claimantIds: toStringArray(m['claimantIds']),
    alleged: m['alleged'] === true,
    retracted: m['retracted'] === true,
    ...(m['source'] != null && m['target'] != null ? { ends: [toActorRow(m['source']), toActorRow(m['target'])] as const } : {}),
  };
}

export function toEvidenceRow(value: unknown): EvidenceRow {
  const m = asMap(value, 'mention');
  return {
    id: String(m['id']),
    relationId: String(m['relationId']),
    sentence: String(m['evidence'] ?? ''),
    start: toNumber(m['start']),
    end: toNumber(m['end']),
    articleId: String(m['articleId']),
    date: toDay(m['date']),
    claimantId: toNullableString(m['claimantId']),
    confidence: toNumber(m['confidence']),
    alleged: m['alleged'] === true,
  };
}

export function toArticleRow(value: unknown): ArticleRow {
  const m = asMap(value, 'article');
  return {
    id: String(m['id']),
    url: toNullableString(m['url']),
    title: toNullableString(m['title']),
    source: toNullableString(m['source']),
    published: toDay(m['published']),
    ingestedAt: toIsoDate(m['ingestedAt']) ?? new Date(0).toISOString(),
    extractor: toNullableString(m['extractor']),
  };
}

export function toAuditRow(value: unknown): AuditRow {
  const m = asMap(value, 'audit entry');
  return {
    id: String(m['id']),
    at: toIsoDate(m['at']) ?? '',
    who: String(m['who'] ?? ''),
    action: String(m['action'] ?? ''),
    targetId: String(m['targetId'] ?? ''),
    reason: toNullableString(m['reason']),
    reverted: m['reverted'] === true,
  };
}

/** Groups `(key, row)` pairs by key, keeping order; every requested key gets a (maybe empty) list. */
export function groupBy<T>(keys: readonly string[], pairs: Iterable<readonly [string, T]>): Map<string, T[]> {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const [key, row] of pairs) groups.get(key)?.push(row);
  return groups;
}
