import type { ManagedTransaction } from 'neo4j-driver';
import type { ActorType, RelationType } from '../../domain/index.js';
import { runQuery } from '../graph.js';
import type { ActorRow } from '../rows.js';
import { int, toNumber, toStringArray } from '../values.js';
import { groupBy, toActorRow } from './mappers.js';
import type { Direction } from './relation.js';

export interface ActorFilterParams {
  readonly types: readonly ActorType[] | null;
  readonly nameContains: string | null;
  readonly minDegree: number | null;
}

/**
 * The filter's parameters; the retracted ends are read only when degrees are computed (`degrees`)
 * or a degree bound needs them, and then once.
 */
async function filterParams(tx: ManagedTransaction, f: ActorFilterParams, degrees = false): Promise<Record<string, unknown>> {
  return {
    types: f.types === null ? null : [...f.types],
    nameContains: f.nameContains,
    minDegree: f.minDegree === null ? null : int(f.minDegree),
    retractedEnds: f.minDegree === null && !degrees ? [] : await findRetractedEnds(tx),
  };
}

/**
 * Actors by id. An id that was merged away maps to the actor it was merged into, so old ids keep
 * resolving. Unknown ids are absent. With `degrees`, each comes with its degree (unretracted
 * relations), else `degree` is null. Read-only.
 */
export async function getActors(
  tx: ManagedTransaction,
  ids: readonly string[],
  degrees = false,
): Promise<Map<string, { actor: ActorRow; degree: number | null }>> {
  // Both statements are sent at once: one wait for the database instead of two.
  const [res, live] = await Promise.all([runQuery(tx, 'actor/get-actors', { ids: [...ids] }), degrees ? liveDegrees(tx) : null]);
  return new Map(
    res.records.map((r) => {
      const actor = toActorRow(r.get('actor'));
      return [String(r.get('id')), { actor, degree: live === null ? null : live(actor.id, toNumber(r.get('storedDegree'))) }];
    }),
  );
}

/**
 * The ends of every retracted relation, as a function from an actor's stored degree (Neo4j's
 * count of its relationships) to its degree (unretracted relations only).
 */
async function liveDegrees(tx: ManagedTransaction): Promise<(id: string, stored: number) => number> {
  const retracted = new Map<string, number>();
  for (const id of await findRetractedEnds(tx)) retracted.set(id, (retracted.get(id) ?? 0) + 1);
  return (id, stored) => stored - (retracted.get(id) ?? 0);
}

/**
 * The actor ids at the ends of every retracted relation, the `$retractedEnds` parameter of the
 * queries that compute degrees from Neo4j's stored counts. Retractions are rare: a short list.
 */
export async function findRetractedEnds(tx: ManagedTransaction): Promise<string[]> {
  const res = await runQuery(tx, 'actor/find-retracted-ends', {});
  return toStringArray(res.records[0]?.get('retractedEnds'));
}

/** Number of unretracted relations touching each actor; unknown ids are absent. Read-only. */
export async function getActorDegrees(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, number>> {
  const [res, live] = await Promise.all([runQuery(tx, 'actor/get-actor-degrees', { ids: [...ids] }), liveDegrees(tx)]);
  return new Map(res.records.map((r) => [String(r.get('id')), live(String(r.get('id')), toNumber(r.get('storedDegree')))]));
}

/** One page of visible actors in (name, id) order after the keyset position ('' first). Read-only. */
export async function findActors(
  tx: ManagedTransaction,
  p: { filter: ActorFilterParams; afterName: string; afterId: string; limit: number },
): Promise<ActorRow[]> {
  const res = await runQuery(tx, 'actor/find-actors', {
    ...(await filterParams(tx, p.filter)),
    afterName: p.afterName,
    afterId: p.afterId,
    limit: int(p.limit),
  });
  return res.records.map((r) => toActorRow(r.get('actor')));
}

/**
 * One page of visible actors by degree, highest first, ties by id, after the keyset position
 * (`afterDegree` null for the first page). Read-only.
 */
export async function findActorsByDegree(
  tx: ManagedTransaction,
  p: { filter: ActorFilterParams; afterDegree: number | null; afterId: string; limit: number },
): Promise<Array<{ actor: ActorRow; degree: number }>> {
  const res = await runQuery(tx, 'actor/find-actors-by-degree', {
    ...(await filterParams(tx, p.filter, true)),
    afterDegree: p.afterDegree === null ? null : int(p.afterDegree),
    afterId: p.afterId,
    limit: int(p.limit),
  });
  return res.records.map((r) => ({ actor: toActorRow(r.get('actor')), degree: toNumber(r.get('degree')) }));
}

/** Number of visible actors matching the filter. Read-only. */
export async function countActors(tx: ManagedTransaction, filter: ActorFilterParams): Promise<number> {
  const res = await runQuery(tx, 'actor/count-actors', await filterParams(tx, filter));
  return toNumber(res.records[0]?.get('total'));
}

/**
 * Full-text hits over names and aliases, best first. `luceneQuery` must already be escaped (see
 * `toLuceneQuery` in the API). Read-only.
 */
export async function searchActors(
  tx: ManagedTransaction,
  p: { luceneQuery: string; types: readonly ActorType[] | null; limit: number },
): Promise<Array<{ actor: ActorRow; score: number }>> {
  const res = await runQuery(tx, 'actor/search-actors', {
    query: p.luceneQuery,
    types: p.types === null ? null : [...p.types],
    limit: int(p.limit),
  });
  return res.records.map((r) => ({ actor: toActorRow(r.get('actor')), score: toNumber(r.get('score')) }));
}

export interface NeighborRow {
  readonly actor: ActorRow;
  /** Distinct articles over all matching relations between the two. */
  readonly weight: number;
  readonly types: RelationType[];
}

/**
 * The strongest neighbours of each anchor (weight descending, then id), up to `limit` each, for
 * many anchors in one query. Every anchor gets an entry. Read-only.
 */
export async function findNeighbors(
  tx: ManagedTransaction,
  p: {
    anchors: readonly string[];
    direction: Direction;
    types: readonly RelationType[];
    minConfidence: number | null;
    since: string | null;
    until: string | null;
    limit: number;
  },
): Promise<Map<string, NeighborRow[]>> {
  const res = await runQuery(tx, 'actor/find-neighbors', {
    anchors: [...p.anchors],
    direction: p.direction,
    types: [...p.types],
    minConfidence: p.minConfidence,
    since: p.since,
    until: p.until,
    limit: int(p.limit),
  });
  return groupBy(
    p.anchors,
    res.records.map(
      (r) =>
        [
          String(r.get('anchorId')),
          {
            actor: toActorRow(r.get('actor')),
            weight: toNumber(r.get('weight')),
            types: toStringArray(r.get('types')).sort() as RelationType[],
          },
        ] as const,
    ),
  );
}
