import { AppError } from '../../errors.js';
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLField, type GraphQLResolveInfo } from 'graphql';
import { countActors, findActors, findActorsByDegree, getActors, searchActors, type ActorFilterParams } from '../../graph/queries/actor.js';
import { findRelationsOfActors } from '../../graph/queries/relation.js';
import type { ActorRow, RelationRow } from '../../graph/rows.js';
import type {
  ActorFilter,
  ActorRelationsArgs,
  ActorResolvers,
  NeighborResolvers,
  QueryResolvers,
  RequireFields,
} from '../__generated__/resolvers-types.js';
import type { ActorRelationsKey } from '../loaders.js';
import { decodeCursor, decodeRelationCursor, encodeCursor, keyString, pageSize, relationCursor, toConnection } from '../connection.js';
import { actorRelationFilter, bounded, typesOrAll } from './filters.js';

function actorFilter(f: ActorFilter | null | undefined): ActorFilterParams {
  const name = f?.nameContains?.trim();
  return {
    types: f?.types && f.types.length > 0 ? f.types : null,
    nameContains: name ? name : null,
    minDegree: f?.minDegree === null || f?.minDegree === undefined ? null : bounded(f.minDegree, 'minDegree', 0, 1_000_000_000),
  };
}

/**
 * A Lucene query from free text. Terms are the runs of letters and digits (what the index's
 * analyzer keeps anyway), so no user character reaches Lucene's syntax. Every term must match:
 * as a whole word (boosted), as a prefix, or (four letters or more) one edit away.
 */
export function toLuceneQuery(text: string): string {
  const terms = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  if (terms.length === 0) throw new AppError('INVALID_INPUT', '"query" must contain a word');
  return terms.map((t) => `(${t}^3 OR ${t}*${t.length >= 4 ? ` OR ${t}~1` : ''})`).join(' AND ');
}

/** `Actor.relations` arguments, defaults applied. */
type RelationsArgs = RequireFields<ActorRelationsArgs, 'first'>;

/** The loader key of an actor's relations page, its size, and whether it is the unfiltered list. */
function actorRelationsPage(
  anchor: string,
  { filter, first, after }: RelationsArgs,
  maxPageSize: number,
): { key: ActorRelationsKey; n: number; unfiltered: boolean } {
  const n = pageSize(first, maxPageSize);
  const f = actorRelationFilter(filter);
  const direction = filter?.direction ?? 'BOTH';
  const key: ActorRelationsKey = { anchor, direction, other: null, filter: f, after: decodeRelationCursor(after).after, limit: n + 1 };
  const unfiltered = direction === 'BOTH' && filter?.types == null && f.minConfidence === null && f.since === null && f.until === null;
  return { key, n, unfiltered };
}

/**
 * The arguments of the one `relations` field selected directly on `actor(id)` (no alias
 * repeated, no fragment), defaults applied, or null: the page it asks for can then be read with
 * the actor. Literals were checked by validation and variables coerced before resolvers run; the
 * values are read without graphql's type predicates, which fail when the schema was built by
 * another copy (ESM or CommonJS) of the graphql module.
 */
function selectedRelationsArgs(info: GraphQLResolveInfo): RelationsArgs | null {
  const actorType = info.schema.getType('Actor') as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  const field = actorType?.getFields?.()['relations'];
  if (!field) return null;
  const nodes: FieldNode[] = [];
  for (const fieldNode of info.fieldNodes) {
    for (const selection of fieldNode.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) return null;
      if (selection.name.value === 'relations') nodes.push(selection);
    }
  }
  const [node] = nodes;
  if (node === undefined || nodes.length !== 1) return null;
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    const unset = given === undefined || (given.kind === Kind.VARIABLE && !(given.name.value in info.variableValues));
    if (!unset) args[arg.name] = valueFromASTUntyped(given, info.variableValues);
    else if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  }
  return typeof args['first'] === 'number' ? (args as RelationsArgs) : null;
}

export const actorQueries: Pick<QueryResolvers, 'actor' | 'actors' | 'searchActors'> = {
  /**
   * With its degree; when the request also asks for a page of the actor's relations, that page is
   * read in the same transaction (and primed into the loader the `relations` field uses): one
   * round of BEGIN/COMMIT for the usual "actor and its relations" request instead of two.
   */
  actor: async (_parent, { id }, ctx, info) => {
    const relationsArgs = selectedRelationsArgs(info);
    // Arguments the field itself would refuse: it reports that, on its own.
    const pageOf = (anchor: string): ActorRelationsKey | null => {
      try {
        return relationsArgs === null ? null : actorRelationsPage(anchor, relationsArgs, ctx.limits.maxPageSize).key;
      } catch {
        return null;
      }
    };
    if (pageOf(id) === null) return ctx.loaders.actorWithDegree.load(id);
    const found = await ctx.graph.read('actor/get-actor-with-relations', async (tx) => {
      const pageFor = async (key: ActorRelationsKey): Promise<RelationRow[]> =>
        (await findRelationsOfActors(tx, { anchors: [key.anchor], direction: key.direction, other: key.other, filter: key.filter, after: key.after, limit: key.limit })).get(key.anchor) ?? [];
      // The page is asked for with the actor (the statements are pipelined); an id merged away
      // into another actor, rarely asked for, has its page read again under the surviving id.
      const asked = pageOf(id);
      const [rows, askedPage] = await Promise.all([getActors(tx, [id], true), asked === null ? [] : pageFor(asked)]);
      const row = rows.get(id);
      const key = row ? pageOf(row.actor.id) : null;
      if (!row || key === null) return null;
      return { row, key, page: row.actor.id === id ? askedPage : await pageFor(key) };
    });
    if (found === null) return null;
    const { row, key, page } = found;
    ctx.loaders.actor.prime(id, row.actor).prime(row.actor.id, row.actor);
    if (row.degree !== null) ctx.loaders.degree.prime(row.actor.id, row.degree);
    ctx.loaders.actorRelations.prime(key, page);
    return row.actor;
  },

  searchActors: async (_parent, { query, types, first }, ctx) => {
    const limit = pageSize(first, ctx.limits.maxPageSize);
    const luceneQuery = toLuceneQuery(query);
    return ctx.graph.read('actor/search-actors', (tx) =>
      searchActors(tx, { luceneQuery, types: types && types.length > 0 ? types : null, limit }),
    );
  },

  actors: async (_parent, { filter, sort, first, after }, ctx) => {
    const n = pageSize(first, ctx.limits.maxPageSize);
    const f = actorFilter(filter);
    const count = (): Promise<number> => ctx.graph.read('actor/count-actors', (tx) => countActors(tx, f));
    if (sort === 'DEGREE') {
      const key = after ? decodeCursor('ad', after, 2) : null;
      const afterDegree = key === null ? null : Number(key[0]);
      if (afterDegree !== null && !Number.isInteger(afterDegree)) throw new AppError('INVALID_INPUT', '"after" is not a cursor of this list');
      const rows = await ctx.graph.read('actor/find-actors-by-degree', (tx) =>
        findActorsByDegree(tx, { filter: f, afterDegree, afterId: key === null ? '' : keyString(key[1]), limit: n + 1 }),
      );
      const degrees = new Map(rows.map((r) => [r.actor.id, r.degree]));
      // Prime the per-request loader so `degree` costs no second query.
      for (const [id, degree] of degrees) ctx.loaders.degree.prime(id, degree);
      return toConnection(
        rows.map((r) => r.actor),
        n,
        (a) => encodeCursor('ad', [degrees.get(a.id) ?? 0, a.id]),
        count,
      );
    }
    const key = after ? decodeCursor('an', after, 2) : null;
    const rows = await ctx.graph.read('actor/find-actors', (tx) =>
      findActors(tx, { filter: f, afterName: key === null ? '' : keyString(key[0]), afterId: key === null ? '' : keyString(key[1]), limit: n + 1 }),
    );
    return toConnection(rows, n, (a) => encodeCursor('an', [a.name, a.id]), count);
  },
};

export const Actor: ActorResolvers = {
  affiliation: (parent: ActorRow, _args, ctx) => (parent.affiliation ? ctx.loaders.actor.load(parent.affiliation) : null),
  aliases: (parent) => [...parent.aliases],
  degree: (parent, _args, ctx) => ctx.loaders.degree.load(parent.id),
  relations: async (parent, args, ctx) => {
    const { key, n, unfiltered } = actorRelationsPage(parent.id, args, ctx.limits.maxPageSize);
    const rows = await ctx.loaders.actorRelations.load(key);
    // Unfiltered, the count is the actor's degree: one cheap COUNT shared with a `degree` field in
    // the same request, instead of a second walk of every relation (80k on a hub) with DISTINCT.
    return toConnection(rows, n, relationCursor, () =>
      unfiltered ? ctx.loaders.degree.load(parent.id) : ctx.loaders.actorRelationCount.load({ ...key, after: '', limit: 0 }),
    );
  },
  neighbors: async (parent, { filter, first }, ctx) => {
    const f = actorRelationFilter(filter);
    return ctx.loaders.neighbors.load({
      anchor: parent.id,
      direction: filter?.direction ?? 'BOTH',
      types: typesOrAll(filter?.types),
      minConfidence: f.minConfidence,
      since: f.since,
      until: f.until,
      limit: pageSize(first, ctx.limits.maxPageSize),
    });
  },
};

export const Neighbor: NeighborResolvers = {
  types: (parent) => [...parent.types],
};
