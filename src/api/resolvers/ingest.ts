import type { ArticleInput } from '../../domain/index.js';
import { AppError } from '../../errors.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireWrite } from '../auth.js';
import { clearLoaders } from '../loaders.js';

export const ingestMutations: Pick<MutationResolvers, 'ingestArticle'> = {
  ingestArticle: async (_parent, { input, reason }, ctx) => {
    requireWrite(ctx.principal);
    const article: ArticleInput = {
      text: input.text,
      ...(input.id ? { id: input.id } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(input.source ? { source: input.source } : {}),
      ...(input.published ? { published: input.published } : {}),
    };
    const why = reason?.trim() ? reason.trim() : null;
    if (why !== null && why.length > 2000) throw new AppError('INVALID_INPUT', '"reason" must be at most 2000 characters');
    const report = await ctx.services.curation.ingestArticle({ input: article, reason: why, who: ctx.principal.name });
    clearLoaders(ctx.loaders);
    ctx.logger.info(
      { who: ctx.principal.name, articleId: report.article.id, status: report.status, relations: report.relations.length },
      'article ingested',
    );
    const stored = await ctx.loaders.article.load(report.article.id);
    if (stored === null) throw new AppError('INTERNAL', `Article ${report.article.id} was not stored`);
    return {
      status: report.status,
      article: stored,
      actors: report.actors.map((a) => ({ ...a, aliases: [...a.aliases] })),
      relations: report.relations.map((r) => ({ ...r })),
    };
  },
};
