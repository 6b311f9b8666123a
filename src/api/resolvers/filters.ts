import { RELATION_TYPES, type RelationType } from '../../domain/index.js';
import { AppError } from '../../errors.js';
import type { RelationFilterParams } from '../../graph/queries/relation.js';
import type { ActorRelationFilter, RelationFilter } from '../__generated__/resolvers-types.js';

/** Normalised argument helpers shared by the resolvers; each throws INVALID_INPUT (BAD_USER_INPUT). */

export function typesOrAll(types: readonly RelationType[] | null | undefined): readonly RelationType[] {
  return types && types.length > 0 ? types : RELATION_TYPES;
}

export function confidence(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!(value >= 0 && value <= 1)) throw new AppError('INVALID_INPUT', `"minConfidence" must be between 0 and 1, got ${value}`);
  return value;
}

export function dateWindow(since: string | null | undefined, until: string | null | undefined): { since: string | null; until: string | null } {
  const s = since ?? null;
  const u = until ?? null;
  if (s !== null && u !== null && s > u) throw new AppError('INVALID_INPUT', `"since" (${s}) is after "until" (${u})`);
  return { since: s, until: u };
}

export function bounded(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('INVALID_INPUT', `"${name}" must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

export function relationFilter(f: RelationFilter | null | undefined): RelationFilterParams {
  return {
    types: typesOrAll(f?.types),
    minConfidence: confidence(f?.minConfidence),
    ...dateWindow(f?.since, f?.until),
    article: f?.article ?? null,
    actor: f?.actor ?? null,
  };
}

export function actorRelationFilter(f: ActorRelationFilter | null | undefined): RelationFilterParams {
  return {
    types: typesOrAll(f?.types),
    minConfidence: confidence(f?.minConfidence),
    ...dateWindow(f?.since, f?.until),
    article: null,
    actor: null,
  };
}
