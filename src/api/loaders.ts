import DataLoader from 'dataloader';
import type { ActorRow, ArticleRow, EvidenceRow, RelationRow } from '../graph/rows.js';
import { getActorDegrees, getActors, findNeighbors, type NeighborRow } from '../graph/queries/actor.js';
import { getArticleEvidence, getArticles } from '../graph/queries/article.js';
import {
  countRelationsInArticles,
  countRelationsOfActors,
  type Direction,
  findRelationsInArticles,
  findRelationsOfActors,
  getEvidence,
  getRelations,
  type RelationFilterParams,
} from '../graph/queries/relation.js';
import type { RelationType } from '../domain/index.js';
import type { GraphRunner } from './observed-graph.js';

/**
 * Per-request DataLoaders: every entity and every nested list is fetched in one query per
 * request tick, whatever the shape of the GraphQL document (no N+1). Built fresh for each request
 * so nothing cached outlives it.
 */
export interface Loaders {
  readonly actor: DataLoader<string, ActorRow | null>;
  /** The same actors, each loaded with its degree (primes `actor` and `degree`). */
  readonly actorWithDegree: DataLoader<string, ActorRow | null>;
  readonly degree: DataLoader<string, number>;
  readonly relation: DataLoader<string, RelationRow | null>;
  readonly article: DataLoader<string, ArticleRow | null>;
  /** Strongest evidence of a relation; `first` of several fields are served by one query. */
  readonly evidence: DataLoader<{ relationId: string; first: number }, EvidenceRow[], string>;
  readonly articleEvidence: DataLoader<string, EvidenceRow[]>;
  readonly actorRelations: DataLoader<ActorRelationsKey, RelationRow[], string>;
  readonly actorRelationCount: DataLoader<ActorRelationsKey, number, string>;
  readonly articleRelations: DataLoader<ArticleRelationsKey, RelationRow[], string>;
  readonly articleRelationCount: DataLoader<ArticleRelationsKey, number, string>;
  readonly neighbors: DataLoader<NeighborsKey, NeighborRow[], string>;
}

export interface ActorRelationsKey {
  readonly anchor: string;
  readonly direction: Direction;
  readonly other: string | null;
  readonly filter: RelationFilterParams;
  readonly after: string;
  readonly limit: number;
}

export interface ArticleRelationsKey {
  readonly article: string;
  readonly filter: RelationFilterParams;
  readonly after: string;
  readonly limit: number;
}

export interface NeighborsKey {
  readonly anchor: string;
  readonly direction: Direction;
  readonly types: readonly RelationType[];
  readonly minConfidence: number | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly limit: number;
}

/** Evidence per article beyond this is not served inline (it stays in the graph). */
export const MAX_ARTICLE_EVIDENCE = 1000;

function byIds<V>(
  graph: GraphRunner,
  name: string,
  fetch: Parameters<GraphRunner['read']>[1] extends (tx: infer T) => Promise<unknown>
    ? (tx: T, ids: readonly string[]) => Promise<Map<string, V>>
    : never,
  missing: V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await graph.read(name, (tx) => fetch(tx, ids));
    return ids.map((id) => found.get(id) ?? missing);
  });
}

/**
 * A loader whose keys differ only by one anchor id: keys are grouped by everything else (filter,
 * page) and each group is one batched query over all its anchors.
 */
function anchoredLoader<K extends object, V>(
  field: keyof K & string,
  load: (anchors: string[], sample: K) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<K, V, string> {
  const anchorOf = (key: K): string => String(key[field]);
  // Everything but the anchor, as a stable string (keys are built with a fixed property order).
  const restOf = (key: K): string => JSON.stringify(Object.entries(key).filter(([k]) => k !== field));
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const rest = restOf(key);
        groups.set(rest, [...(groups.get(rest) ?? []), key]);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.entries()].map(async ([rest, members]) => {
          const sample = members[0];
          if (sample === undefined) return;
          const anchors = [...new Set(members.map(anchorOf))];
          const found = await load(anchors, sample);
          for (const anchor of anchors) results.set(`${anchor}\u0000${rest}`, found.get(anchor) ?? missing);
        }),
      );
      return keys.map((key) => results.get(`${anchorOf(key)}\u0000${restOf(key)}`) ?? missing);
    },
    { cacheKeyFn: (key) => `${anchorOf(key)}\u0000${restOf(key)}` },
  );
}

export function createLoaders(graph: GraphRunner): Loaders {
  const degree = byIds(graph, 'actor/get-actor-degrees', getActorDegrees, 0);
  const actor = new DataLoader<string, ActorRow | null>(async (ids) => {
    const found = await graph.read('actor/get-actors', (tx) => getActors(tx, ids));
    return ids.map((id) => found.get(id)?.actor ?? null);
  });
  // An actor asked for by id comes with its degree, so its `degree` and an unfiltered
  // `relations.totalCount` cost no further query; the actor is primed for other fields too.
  const actorWithDegree = new DataLoader<string, ActorRow | null>(async (ids) => {
    const found = await graph.read('actor/get-actors', (tx) => getActors(tx, ids, true));
    for (const [id, row] of found) {
      actor.prime(id, row.actor);
      if (row.degree !== null) degree.prime(row.actor.id, row.degree);
    }
    return ids.map((id) => found.get(id)?.actor ?? null);
  });
  return {
    actor,
    actorWithDegree,
    degree,
    relation: byIds(graph, 'relation/get-relations', getRelations, null),
    article: byIds(graph, 'article/get-articles', getArticles, null),
    evidence: new DataLoader<{ relationId: string; first: number }, EvidenceRow[], string>(
      async (keys) => {
        // One query at the largest `first` asked for; each field takes its own prefix.
        const limit = Math.max(...keys.map((k) => k.first));
        const ids = [...new Set(keys.map((k) => k.relationId))];
        const found = await graph.read('relation/get-evidence', (tx) => getEvidence(tx, ids, limit));
        return keys.map((k) => (found.get(k.relationId) ?? []).slice(0, k.first));
      },
      { cacheKeyFn: (k) => `${k.relationId}\u0000${k.first}` },
    ),
    articleEvidence: new DataLoader<string, EvidenceRow[]>(async (ids) => {
      const found = await graph.read('article/get-article-evidence', (tx) =>
        getArticleEvidence(tx, ids, MAX_ARTICLE_EVIDENCE),
      );
      return ids.map((id) => found.get(id) ?? []);
    }),
    actorRelations: anchoredLoader<ActorRelationsKey, RelationRow[]>(
      'anchor',
      (anchors, k) =>
        graph.read('relation/find-relations-of-actors', (tx) =>
          findRelationsOfActors(tx, { anchors, direction: k.direction, other: k.other, filter: k.filter, after: k.after, limit: k.limit }),
        ),
      [],
    ),
    actorRelationCount: anchoredLoader<ActorRelationsKey, number>(
      'anchor',
      (anchors, k) =>
        graph.read('relation/count-relations-of-actors', (tx) =>
          countRelationsOfActors(tx, { anchors, direction: k.direction, other: k.other, filter: k.filter }),
        ),
      0,
    ),
    articleRelations: anchoredLoader<ArticleRelationsKey, RelationRow[]>(
      'article',
      (articles, k) =>
        graph.read('relation/find-relations-in-articles', (tx) =>
          findRelationsInArticles(tx, { articles, filter: k.filter, after: k.after, limit: k.limit }),
        ),
      [],
    ),
    articleRelationCount: anchoredLoader<ArticleRelationsKey, number>(
      'article',
      (articles, k) =>
        graph.read('relation/count-relations-in-articles', (tx) =>
          countRelationsInArticles(tx, { articles, filter: k.filter }),
        ),
      0,
    ),
    neighbors: anchoredLoader<NeighborsKey, NeighborRow[]>(
      'anchor',
      (anchors, k) =>
        graph.read('actor/find-neighbors', (tx) =>
          findNeighbors(tx, {
            anchors,
            direction: k.direction,
            types: k.types,
            minConfidence: k.minConfidence,
            since: k.since,
            until: k.until,
            limit: k.limit,
          }),
        ),
      [],
    ),
  };
}

/** After a write, nothing read before it may be served from the per-request caches. */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as Array<{ clearAll(): unknown }>) loader.clearAll();
}
