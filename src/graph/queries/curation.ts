import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationType } from '../../domain/index.js';
import { runQuery } from '../graph.js';
import type { ActorRow } from '../rows.js';
import { toNullableString } from '../values.js';
import { toActorRow } from './mappers.js';

/** An actor as curation reads it under lock, redirect included. */
export interface LockedActor extends ActorRow {
  readonly mergedInto: string | null;
}

/** The fields of a mention a merge rewrites (and its revert restores). */
export interface MentionState {
  readonly id: string;
  readonly relationId: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  readonly claimantId: string | null;
  readonly retracted: boolean;
}

export interface RelationState {
  readonly id: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  readonly retracted: boolean;
}

/**
 * Write-locks the actors (ids sorted first, so concurrent curators lock in one order) and returns
 * them; unknown ids are absent. Must run in a write transaction.
 */
export async function lockActors(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, LockedActor>> {
  const res = await runQuery(tx, 'curation/lock-actors', { ids: [...ids].sort() });
  return new Map(
    res.records.map((r) => {
      const raw = r.get('actor') as Record<string, unknown>;
      const actor = { ...toActorRow(raw), mergedInto: toNullableString(raw['mergedInto']) };
      return [actor.id, actor];
    }),
  );
}

/** Every mention an actor takes part in, as an end of its relations or as claimant. Read-only. */
export async function getActorMentions(tx: ManagedTransaction, id: string): Promise<MentionState[]> {
  const res = await runQuery(tx, 'curation/get-actor-mentions', { id });
  return res.records.map((r) => {
    const m = r.get('mention') as Record<string, unknown>;
    return {
      id: String(m['id']),
      relationId: String(m['relationId']),
      type: String(m['type']) as RelationType,
      sourceId: String(m['sourceId']),
      targetId: String(m['targetId']),
      claimantId: toNullableString(m['claimantId']),
      retracted: m['retracted'] === true,
    };
  });
}

/** Identity and retraction flag of the existing relations among `ids`. Read-only. */
export async function getRelationStates(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, RelationState>> {
  const res = await runQuery(tx, 'curation/get-relation-states', { ids: [...ids] });
  return new Map(
    res.records.map((r) => {
      const v = r.get('relation') as Record<string, unknown>;
      const state: RelationState = {
        id: String(v['id']),
        type: String(v['type']) as RelationType,
        sourceId: String(v['sourceId']),
        targetId: String(v['targetId']),
        retracted: v['retracted'] === true,
      };
      return [state.id, state];
    }),
  );
}

/** Rewrites mentions to the given states; deleted mentions are skipped. Idempotent. */
export async function updateMentions(tx: ManagedTransaction, mentions: readonly MentionState[]): Promise<void> {
  if (mentions.length === 0) return;
  await runQuery(tx, 'curation/update-mentions', {
    mentions: mentions.map((m) => ({
      id: m.id,
      relationId: m.relationId,
      sourceId: m.sourceId,
      targetId: m.targetId,
      claimantId: m.claimantId,
      retracted: m.retracted,
    })),
  });
}

/** Sets relations' retraction flags; missing relations are skipped. Idempotent. */
export async function setRelationsRetracted(
  tx: ManagedTransaction,
  relations: ReadonlyArray<Pick<RelationState, 'id' | 'sourceId' | 'targetId' | 'retracted'>>,
): Promise<void> {
  if (relations.length === 0) return;
  await runQuery(tx, 'curation/set-relations-retracted', {
    relations: relations.map((r) => ({ id: r.id, sourceId: r.sourceId, targetId: r.targetId, retracted: r.retracted })),
  });
}

/** The ids of a relation's unretracted mentions. Read-only. */
export async function getRelationMentionIds(tx: ManagedTransaction, relationId: string): Promise<string[]> {
  const res = await runQuery(tx, 'curation/get-relation-mention-ids', { relationId });
  return res.records.map((r) => String(r.get('id')));
}

/** Sets mentions' retraction flag; missing ones are skipped. Idempotent. */
export async function setMentionsRetracted(tx: ManagedTransaction, ids: readonly string[], retracted: boolean): Promise<void> {
  if (ids.length === 0) return;
  await runQuery(tx, 'curation/set-mentions-retracted', { ids: [...ids], retracted });
}

/**
 * Sets an actor's aliases (refreshing the full-text `searchText`) and redirect, returning the
 * actor. Idempotent.
 */
export async function updateActor(
  tx: ManagedTransaction,
  p: { id: string; aliases: readonly string[]; mergedInto: string | null },
): Promise<ActorRow | null> {
  const res = await runQuery(tx, 'curation/update-actor', { id: p.id, aliases: [...p.aliases], mergedInto: p.mergedInto });
  const record = res.records[0];
  return record ? toActorRow(record.get('actor')) : null;
}

/** Ids of the actors whose affiliation is `id`. Read-only. */
export async function findAffiliatedActors(tx: ManagedTransaction, id: string): Promise<string[]> {
  const res = await runQuery(tx, 'curation/find-affiliated-actors', { id });
  return res.records.map((r) => String(r.get('id')));
}

/** Points the actors' affiliation at `affiliation`. Idempotent. */
export async function setAffiliations(tx: ManagedTransaction, ids: readonly string[], affiliation: string): Promise<void> {
  if (ids.length === 0) return;
  await runQuery(tx, 'curation/set-affiliations', { ids: [...ids], affiliation });
}

/** An article as stored: enough to ingest it again exactly. */
export interface ArticleVersion {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /** ISO date or null. */
  readonly published: string | null;
  readonly text: string;
  readonly contentHash: string;
}

/**
 * The stored version of an article and the keys of the relations its evidence supports; null when
 * no such article exists. Read-only.
 */
export async function getArticleVersion(
  tx: ManagedTransaction,
  id: string,
): Promise<{ article: ArticleVersion; relations: Array<Omit<RelationState, 'retracted'>> } | null> {
  const res = await runQuery(tx, 'curation/get-article-version', { id });
  const record = res.records[0];
  if (!record) return null;
  const a = record.get('article') as Record<string, unknown>;
  const relations = (record.get('relations') as Array<Record<string, unknown>>).map((m) => ({
    id: String(m['relationId']),
    type: String(m['type']) as RelationType,
    sourceId: String(m['sourceId']),
    targetId: String(m['targetId']),
  }));
  return {
    article: {
      id: String(a['id']),
      title: toNullableString(a['title']),
      url: toNullableString(a['url']),
      source: toNullableString(a['source']),
      published: toNullableString(a['published']),
      text: String(a['text'] ?? ''),
      contentHash: String(a['contentHash'] ?? ''),
    },
    relations,
  };
}

/** Deletes an article and its evidence; the caller recomputes the relations it supported. */
export async function deleteArticle(tx: ManagedTransaction, id: string): Promise<void> {
  await runQuery(tx, 'curation/delete-article', { id });
}
