import { AppError } from '../../errors.js';
import { findAuditEntries } from '../../graph/queries/audit.js';
import type { AuditEntryResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireWrite } from '../auth.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor, keyString, pageSize } from '../connection.js';
import { clearLoaders } from '../loaders.js';

function reasonOf(reason: string | null | undefined, required: boolean): string | null {
  const text = reason?.trim() ?? '';
  if (text === '') {
    if (required) throw new AppError('INVALID_INPUT', '"reason" must say why');
    return null;
  }
  if (text.length > 2000) throw new AppError('INVALID_INPUT', '"reason" must be at most 2000 characters');
  return text;
}

/** Every curation change goes through here: a write key, then fresh loaders for what follows. */
async function curate<T>(ctx: ApiContext, change: () => Promise<T>): Promise<T> {
  requireWrite(ctx.principal);
  const result = await change();
  clearLoaders(ctx.loaders);
  return result;
}

export const curationMutations: Pick<MutationResolvers, 'mergeActors' | 'addAlias' | 'retractRelation' | 'revert'> = {
  mergeActors: (_parent, { keep, merge, reason }, ctx) =>
    curate(ctx, () => ctx.services.curation.mergeActors({ keep, merge, reason: reasonOf(reason, true) ?? '', who: ctx.principal.name })),
  addAlias: (_parent, { actor, alias, reason }, ctx) =>
    curate(ctx, () => ctx.services.curation.addAlias({ actor, alias, reason: reasonOf(reason, false), who: ctx.principal.name })),
  retractRelation: (_parent, { id, reason }, ctx) =>
    curate(ctx, () => ctx.services.curation.retractRelation({ id, reason: reasonOf(reason, true) ?? '', who: ctx.principal.name })),
  revert: (_parent, { auditId, reason }, ctx) =>
    curate(ctx, () => ctx.services.curation.revert({ auditId, reason: reasonOf(reason, true) ?? '', who: ctx.principal.name })),
};

export const auditQueries: Pick<QueryResolvers, 'auditLog'> = {
  auditLog: async (_parent, { first, after }, ctx) => {
    const limit = pageSize(first, ctx.limits.maxPageSize);
    const key = after ? decodeCursor('au', after, 2) : null;
    return ctx.graph.read('audit/find-audit-entries', (tx) =>
      findAuditEntries(tx, { afterAt: key === null ? null : keyString(key[0]), afterId: key === null ? '' : keyString(key[1]), limit }),
    );
  },
};

export const AuditEntry: AuditEntryResolvers = {
  cursor: (parent) => encodeCursor('au', [parent.at, parent.id]),
};
