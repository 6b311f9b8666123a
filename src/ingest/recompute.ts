import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPE_INFO } from '../domain/index.js';
import {
  aggregateMentions,
  deleteRelations,
  lockRelations,
  type MergeRelationParams,
  mergeRelations,
  type RelationKey,
} from '../graph/ingest-writes.js';
import type { EdgeFields } from '../graph/strongest.js';

/**
 * Recomputes aggregated relations from their stored mentions, after an article update or a
 * curation change: edges with mentions are set from them (created if missing), edges without are
 * deleted, and a relation of an actor with itself (two actors merged) never gets an edge. Locks
 * the end actors first, in id order, so no concurrent loader adds a mention in between.
 * Returns each edge's fields as written, null for a deleted or retracted edge (what the lists of
 * strongest edges need).
 */
export async function recomputeRelations(tx: ManagedTransaction, keys: Iterable<RelationKey>): Promise<Map<string, EdgeFields | null>> {
  const unique = new Map<string, RelationKey>();
  for (const key of keys) unique.set(key.id, key);
  const weights = new Map<string, EdgeFields | null>();
  if (unique.size === 0) return weights;
  const sorted = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await lockRelations(tx, sorted);
  const aggregates = new Map((await aggregateMentions(tx, { relationIds: sorted.map((k) => k.id) })).map((a) => [a.id, a]));
  const resets: MergeRelationParams[] = [];
  const empty: RelationKey[] = [];
  for (const key of sorted) {
    const aggregate = aggregates.get(key.id);
    if (!aggregate || aggregate.count === 0 || key.sourceId === key.targetId) {
      empty.push(key);
      continue;
    }
    const info = RELATION_TYPE_INFO[key.type];
    resets.push({ ...aggregate, ...key, reset: true, cameo: info.cameo, goldstein: info.goldstein });
  }
  for (const [id, weight] of await mergeRelations(tx, resets)) weights.set(id, weight);
  await deleteRelations(tx, empty);
  for (const key of empty) weights.set(key.id, null);
  return weights;
}
