import type { ArticleInput } from '../../domain/index.js';
import { AppError } from '../../errors.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireWrite } from '../auth.js';

export const ingestMutations: Pick<MutationResolvers, 'ingestArticle'> = {
  ingestArticle: async (_parent, { input }, ctx) => {
    requireWrite(ctx.principal);
    const article: ArticleInput = {
      text: input.text,
      ...(input.id ? { id: input.id } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(input.source ? { source: input.source } : {}),
      ...(input.published ? { published: input.published } : {}),
    };
    const report = await ctx.services.ingestArticle(article);
    // Ingestion is logged rather than audited: it is reproducible from the article itself.
    ctx.logger.info(
      { who: ctx.principal.name, articleId: report.article.id, status: report.status, relations: report.relations.length },
      'article ingested',
    );
    ctx.loaders.article.clear(report.article.id);
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
