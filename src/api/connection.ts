import { AppError } from '../errors.js';
import type { ActorRow, ArticleRow, RelationRow } from '../graph/rows.js';

/**
 * Relay connections over keyset pages. A cursor is the opaque base64url of the row's sort key, so
 * a page never skips or repeats rows when others are inserted before it. `count` runs only when a
 * client selects `totalCount` (the field resolver calls it), because counting is the expensive part.
 */
export interface ConnectionParent<N> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: N }>;
  readonly nodes: readonly N[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly count: () => Promise<number>;
}

export type ActorConnectionParent = ConnectionParent<ActorRow>;
export type RelationConnectionParent = ConnectionParent<RelationRow>;
export type ArticleConnectionParent = ConnectionParent<ArticleRow>;

type KeyPart = string | number | null;

export function encodeCursor(kind: string, key: readonly KeyPart[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/** The key of a cursor of `kind`; anything else is the client's mistake (BAD_USER_INPUT). */
export function decodeCursor(kind: string, cursor: string, arity: number): KeyPart[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== kind ||
    parsed.length !== arity + 1 ||
    !parsed.slice(1).every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw new AppError('INVALID_INPUT', `"after" is not a cursor of this list`);
  }
  return parsed.slice(1) as KeyPart[];
}

export function keyString(part: KeyPart | undefined): string {
  if (typeof part !== 'string') throw new AppError('INVALID_INPUT', `"after" is not a cursor of this list`);
  return part;
}

/** `first` checked against the configured maximum page size. */
export function pageSize(first: number, max: number, name = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new AppError('INVALID_INPUT', `"${name}" must be between 0 and ${max}, got ${first}`);
  }
  return first;
}

/**
 * Builds a connection from `first + 1` fetched rows: the extra row only tells that a next page
 * exists.
 */
export function toConnection<N>(
  rows: readonly N[],
  first: number,
  cursorOf: (node: N) => string,
  count: () => Promise<number>,
): ConnectionParent<N> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    count,
  };
}

/** Relation cursors carry (source id, relation id): the whole-graph order needs both. */
export function relationCursor(row: RelationRow): string {
  return encodeCursor('r', [row.sourceId, row.id]);
}

export function decodeRelationCursor(after: string | null | undefined): { afterSource: string; after: string } {
  if (after === null || after === undefined) return { afterSource: '', after: '' };
  const [source, id] = decodeCursor('r', after, 2);
  return { afterSource: keyString(source), after: keyString(id) };
}
