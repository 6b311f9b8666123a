import { randomUUID } from 'node:crypto';
import type { ArticleInput } from '../domain/index.js';
import { AppError } from '../errors.js';
import { toArticle } from '../extract/index.js';
import type { IngestReport } from '../ingest/types.js';
import type { RelationKey } from '../graph/ingest-writes.js';
import { createAuditEntry, getAuditEntry, markAuditEntryReverted, type AuditRecord } from '../graph/queries/audit.js';
import {
  type ArticleVersion,
  deleteArticle,
  findAffiliatedActors,
  getArticleVersion,
  getActorMentions,
  getRelationMentionIds,
  getRelationStates,
  lockActors,
  type LockedActor,
  type MentionState,
  type RelationState,
  setAffiliations,
  setMentionsRetracted,
  setRelationsRetracted as setRelationFlags,
  updateActor,
  updateMentions,
} from '../graph/queries/curation.js';
import { getRelations } from '../graph/queries/relation.js';
import { refreshStrongest } from '../graph/strongest.js';
import { recomputeRelations as recompute } from '../ingest/recompute.js';
import type { ActorRow, AuditRow } from '../graph/rows.js';
import type { Graph } from '../graph/graph.js';
import type { CurationService } from './curation.js';
import type { GraphRunner } from './observed-graph.js';

type Tx = Parameters<Parameters<Graph['write']>[1]>[0];

/** What each audited action stores to be reverted later (JSON in `before`/`after`). */
interface MergeSnapshot {
  readonly keep: string;
  readonly merge: string;
  readonly mentions: MentionState[];
  readonly relations: RelationState[];
  readonly affiliated: string[];
}
interface MergeAfter {
  readonly addedAliases: string[];
}
interface AliasAfter {
  readonly alias: string;
}
interface RetractSnapshot {
  readonly relation: RelationState;
  readonly mentionIds: string[];
}
/** The version an ingest replaced (null: the article was new) and the one it wrote. */
interface IngestSnapshot {
  readonly article: ArticleVersion | null;
}
interface IngestAfter {
  readonly contentHash: string;
}

export const ACTIONS = ['MERGE_ACTORS', 'ADD_ALIAS', 'RETRACT_RELATION', 'INGEST_ARTICLE', 'REVERT'] as const;
export type AuditAction = (typeof ACTIONS)[number];

const MAX_ALIAS_LENGTH = 200;

function keyOf(m: Pick<MentionState, 'relationId' | 'type' | 'sourceId' | 'targetId'>): RelationKey {
  return { id: m.relationId, type: m.type, sourceId: m.sourceId, targetId: m.targetId };
}

/** Recomputes relations from their mentions (as ingestion does) and updates their ends' lists. */
async function recomputeRelations(tx: Tx, keys: Iterable<RelationKey>): Promise<void> {
  const touched = [...keys];
  await refreshStrongest(tx, touched, { known: await recompute(tx, touched) });
}

/** Sets relations' retraction flags and updates their ends' lists of strongest edges. */
async function setRelationsRetracted(
  tx: Tx,
  relations: ReadonlyArray<Parameters<typeof setRelationFlags>[1][number]>,
): Promise<void> {
  await setRelationFlags(tx, relations);
  await refreshStrongest(tx, relations);
}

function requireActor(actors: Map<string, LockedActor>, id: string): LockedActor {
  const actor = actors.get(id);
  if (!actor) throw new AppError('NOT_FOUND', `No actor "${id}"`);
  return actor;
}

function parse<T>(json: string | null, what: string): T {
  if (json === null) throw new AppError('INTERNAL', `Audit entry has no ${what} snapshot`);
  return JSON.parse(json) as T;
}

/** Mentions of `merge` as they become when `merge` is folded into `keep`. */
function rewrite(mentions: readonly MentionState[], merge: string, keep: string): MentionState[] {
  return mentions.map((m) => {
    const sourceId = m.sourceId === merge ? keep : m.sourceId;
    const targetId = m.targetId === merge ? keep : m.targetId;
    return {
      ...m,
      sourceId,
      targetId,
      relationId: `${sourceId}|${m.type}|${targetId}`,
      claimantId: m.claimantId === merge ? keep : m.claimantId,
      // A relation of an actor with itself says nothing: hidden, and restored by a revert.
      retracted: m.retracted || sourceId === targetId,
    };
  });
}

function inputOf(a: ArticleVersion): ArticleInput {
  return {
    id: a.id,
    text: a.text,
    ...(a.title !== null ? { title: a.title } : {}),
    ...(a.url !== null ? { url: a.url } : {}),
    ...(a.source !== null ? { source: a.source } : {}),
    ...(a.published !== null ? { published: a.published } : {}),
  };
}

/**
 * Curation as audited write transactions: each change and its audit entry commit together, and the
 * entry holds what `revert` needs to undo it. Ingestion is the exception: the ingest path commits
 * the article in its own transaction and the audit entry follows it.
 */
export function createCurationService(graph: GraphRunner, ingest: (input: ArticleInput) => Promise<IngestReport>): CurationService {
  const audit = (tx: Tx, who: string, action: AuditAction, targetId: string, reason: string | null, before: unknown, after: unknown) =>
    createAuditEntry(tx, {
      id: `audit-${randomUUID()}`,
      who,
      action,
      targetId,
      reason,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
    });

  const mergeActors: CurationService['mergeActors'] = ({ keep, merge, reason, who }) =>
    graph.write('curation/merge-actors', async (tx) => {
      if (keep === merge) throw new AppError('INVALID_INPUT', '"keep" and "merge" are the same actor');
      const actors = await lockActors(tx, [keep, merge]);
      const k = requireActor(actors, keep);
      const m = requireActor(actors, merge);
      for (const a of [k, m]) {
        if (a.mergedInto !== null) throw new AppError('INVALID_INPUT', `"${a.id}" was already merged into "${a.mergedInto}"`);
      }
      const mentions = await getActorMentions(tx, merge);
      const moved = rewrite(mentions, merge, keep);
      const oldKeys = mentions.map(keyOf);
      const newKeys = moved.map(keyOf);
      const states = await getRelationStates(tx, [...new Set([...oldKeys, ...newKeys].map((x) => x.id))]);
      await updateMentions(tx, moved);
      await recomputeRelations(tx, [...oldKeys, ...newKeys]);
      // An edge the merge creates inherits the retraction of the edge it came from.
      const carried = new Map<string, RelationState>();
      mentions.forEach((before, i) => {
        const after = newKeys[i];
        const old = states.get(before.relationId);
        if (after && old?.retracted && !states.has(after.id)) carried.set(after.id, { ...after, retracted: true });
      });
      await setRelationsRetracted(tx, [...carried.values()]);
      const affiliated = (await findAffiliatedActors(tx, merge)).filter((id) => id !== keep);
      await setAffiliations(tx, affiliated, keep);
      const addedAliases = [...new Set([m.name, ...m.aliases])].filter((n) => n !== k.name && !k.aliases.includes(n));
      const actor = await updateActor(tx, { id: keep, aliases: [...k.aliases, ...addedAliases], mergedInto: null });
      await updateActor(tx, { id: merge, aliases: m.aliases, mergedInto: keep });
      const snapshot: MergeSnapshot = { keep, merge, mentions, relations: [...states.values()], affiliated };
      const after: MergeAfter = { addedAliases };
      await audit(tx, who, 'MERGE_ACTORS', merge, reason, snapshot, after);
      if (actor === null) throw new AppError('INTERNAL', `Actor ${keep} vanished during the merge`);
      return actor;
    });

  const revertMerge = async (tx: Tx, entry: AuditRecord): Promise<void> => {
    const before = parse<MergeSnapshot>(entry.before, 'before');
    const after = parse<MergeAfter>(entry.after, 'after');
    const actors = await lockActors(tx, [before.keep, before.merge]);
    const k = requireActor(actors, before.keep);
    const m = requireActor(actors, before.merge);
    if (m.mergedInto !== before.keep) {
      throw new AppError('CONFLICT', `"${m.id}" no longer redirects to "${k.id}"; the merge cannot be reverted`);
    }
    const current = rewrite(before.mentions, before.merge, before.keep);
    await updateMentions(tx, before.mentions);
    await recomputeRelations(tx, [...current.map(keyOf), ...before.mentions.map(keyOf)]);
    await setRelationsRetracted(tx, before.relations);
    await setAffiliations(tx, before.affiliated, before.merge);
    await updateActor(tx, { id: k.id, aliases: k.aliases.filter((a) => !after.addedAliases.includes(a)), mergedInto: null });
    await updateActor(tx, { id: m.id, aliases: m.aliases, mergedInto: null });
  };

  const addAlias: CurationService['addAlias'] = ({ actor, alias, reason, who }) =>
    graph.write('curation/add-alias', async (tx): Promise<ActorRow> => {
      const name = alias.trim().replace(/\s+/g, ' ');
      if (name === '' || name.length > MAX_ALIAS_LENGTH) {
        throw new AppError('INVALID_INPUT', `"alias" must be 1 to ${MAX_ALIAS_LENGTH} characters`);
      }
      const a = requireActor(await lockActors(tx, [actor]), actor);
      if (a.mergedInto !== null) throw new AppError('INVALID_INPUT', `"${a.id}" was merged into "${a.mergedInto}"; add the alias there`);
      if (a.name === name || a.aliases.includes(name)) throw new AppError('INVALID_INPUT', `"${a.id}" already has the name "${name}"`);
      const updated = await updateActor(tx, { id: a.id, aliases: [...a.aliases, name], mergedInto: null });
      const after: AliasAfter = { alias: name };
      await audit(tx, who, 'ADD_ALIAS', a.id, reason, { aliases: a.aliases }, after);
      if (updated === null) throw new AppError('INTERNAL', `Actor ${a.id} vanished`);
      return updated;
    });

  const revertAlias = async (tx: Tx, entry: AuditRecord): Promise<void> => {
    const { alias } = parse<AliasAfter>(entry.after, 'after');
    const a = requireActor(await lockActors(tx, [entry.targetId]), entry.targetId);
    await updateActor(tx, { id: a.id, aliases: a.aliases.filter((x) => x !== alias), mergedInto: a.mergedInto });
  };

  const retractRelation: CurationService['retractRelation'] = ({ id, reason, who }) =>
    graph.write('curation/retract-relation', async (tx) => {
      const state = (await getRelationStates(tx, [id])).get(id);
      if (!state) throw new AppError('NOT_FOUND', `No relation "${id}"`);
      if (state.retracted) throw new AppError('INVALID_INPUT', `Relation "${id}" is already retracted`);
      const mentionIds = await getRelationMentionIds(tx, id);
      await setRelationsRetracted(tx, [{ ...state, retracted: true }]);
      await setMentionsRetracted(tx, mentionIds, true);
      const snapshot: RetractSnapshot = { relation: state, mentionIds };
      await audit(tx, who, 'RETRACT_RELATION', id, reason, snapshot, { retracted: true });
      const row = (await getRelations(tx, [id])).get(id);
      if (!row) throw new AppError('INTERNAL', `Relation ${id} vanished`);
      return row;
    });

  const revertRetraction = async (tx: Tx, entry: AuditRecord): Promise<void> => {
    const before = parse<RetractSnapshot>(entry.before, 'before');
    await setRelationsRetracted(tx, [{ ...before.relation, retracted: false }]);
    await setMentionsRetracted(tx, before.mentionIds, false);
  };

  const ingestArticle: CurationService['ingestArticle'] = async ({ input, reason, who }) => {
    // The id as ingestion derives it (the size limit is the ingest path's to enforce).
    const { id } = toArticle(input, { maxTextBytes: Number.MAX_SAFE_INTEGER });
    const previous = await graph.read('curation/get-article-version', (tx) => getArticleVersion(tx, id));
    const report = await ingest(input);
    if (report.status !== 'UNCHANGED') {
      const before: IngestSnapshot = { article: previous?.article ?? null };
      const after: IngestAfter = { contentHash: report.article.contentHash };
      await graph.write('curation/audit-ingest', (tx) => audit(tx, who, 'INGEST_ARTICLE', id, reason, before, after));
    }
    return report;
  };

  /** The article as this ingest left it, or CONFLICT when it has changed since. */
  const requireIngested = async (tx: Tx, entry: AuditRecord) => {
    const after = parse<IngestAfter>(entry.after, 'after');
    const current = await getArticleVersion(tx, entry.targetId);
    if (current === null || current.article.contentHash !== after.contentHash) {
      throw new AppError('CONFLICT', `Article "${entry.targetId}" has changed since; the ingest cannot be reverted`);
    }
    return current;
  };

  /** A new article is withdrawn with its evidence; an update was undone by re-ingesting (below). */
  const revertIngest = async (tx: Tx, entry: AuditRecord): Promise<void> => {
    const before = parse<IngestSnapshot>(entry.before, 'before');
    if (before.article !== null) return;
    const current = await requireIngested(tx, entry);
    await deleteArticle(tx, entry.targetId);
    await recomputeRelations(tx, current.relations);
  };

  const revert: CurationService['revert'] = async ({ auditId, reason, who }) => {
    // Undoing an update ingests the previous version again, through the ingest path (its own
    // transaction), before the revert itself is recorded.
    // A write transaction: reading an audit entry takes its lock (see get-audit-entry.cypher).
    const pending = await graph.write('audit/get-audit-entry', (tx) => getAuditEntry(tx, auditId));
    if (pending?.action === 'INGEST_ARTICLE' && !pending.reverted) {
      const previous = parse<IngestSnapshot>(pending.before, 'before').article;
      if (previous !== null) {
        await graph.read('curation/get-article-version', (tx) => requireIngested(tx, pending));
        await ingest(inputOf(previous));
      }
    }
    return revertChange({ auditId, reason, who });
  };

  const revertChange: CurationService['revert'] = ({ auditId, reason, who }) =>
    graph.write('curation/revert', async (tx): Promise<AuditRow> => {
      const entry = await getAuditEntry(tx, auditId);
      if (entry === null) throw new AppError('NOT_FOUND', `No audit entry "${auditId}"`);
      if (entry.reverted) throw new AppError('INVALID_INPUT', `Audit entry "${auditId}" is already reverted`);
      const action = entry.action as AuditAction;
      switch (action) {
        case 'MERGE_ACTORS':
          await revertMerge(tx, entry);
          break;
        case 'ADD_ALIAS':
          await revertAlias(tx, entry);
          break;
        case 'RETRACT_RELATION':
          await revertRetraction(tx, entry);
          break;
        case 'INGEST_ARTICLE':
          await revertIngest(tx, entry);
          break;
        case 'REVERT':
          throw new AppError('INVALID_INPUT', 'A revert cannot be reverted; redo the change instead');
        default:
          throw new AppError('INVALID_INPUT', `Audit entry "${auditId}" has an unknown action "${String(action)}"`);
      }
      const row = await audit(tx, who, 'REVERT', entry.id, reason, { action: entry.action, targetId: entry.targetId }, { reverted: entry.id });
      await markAuditEntryReverted(tx, entry.id, row.id);
      return row;
    });

  return { mergeActors, addAlias, retractRelation, revert, ingestArticle };
}
