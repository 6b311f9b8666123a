import { AppError } from '../../errors.js';
import {
  countArticles,
  countArticlesOfActor,
  findArticles,
  findArticlesOfActor,
  type ArticleFilterParams,
  type ArticleKey,
} from '../../graph/queries/article.js';
import type { ArticleResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { decodeCursor, decodeRelationCursor, encodeCursor, keyString, pageSize, relationCursor, toConnection } from '../connection.js';
import { dateWindow, relationFilter } from './filters.js';
import { redirected } from './relation.js';

export const articleQueries: Pick<QueryResolvers, 'article' | 'articles'> = {
  article: (_parent, { id }, ctx) => ctx.loaders.article.load(id),

  articles: async (_parent, { filter, first, after }, ctx) => {
    const n = pageSize(first, ctx.limits.maxPageSize);
    const f: ArticleFilterParams = {
      source: filter?.source ?? null,
      actor: await redirected(ctx, filter?.actor),
      ...dateWindow(filter?.since, filter?.until),
    };
    let key: ArticleKey | null = null;
    if (after) {
      const [k, id] = decodeCursor('ar', after, 2);
      key = { key: keyString(k), id: keyString(id) };
    }
    const actor = f.actor;
    const rows =
      actor === null
        ? await ctx.graph.read('article/find-articles', (tx) => findArticles(tx, { filter: f, after: key, limit: n + 1 }))
        : await ctx.graph.read('article/find-articles-of-actor', (tx) =>
            findArticlesOfActor(tx, { filter: { ...f, actor }, after: key, limit: n + 1 }),
          );
    const keys = new Map(rows.map((r) => [r.article.id, r.key]));
    const count = (): Promise<number> =>
      actor === null
        ? ctx.graph.read('article/count-articles', (tx) => countArticles(tx, f))
        : ctx.graph.read('article/count-articles-of-actor', (tx) => countArticlesOfActor(tx, { ...f, actor }));
    return toConnection(
      rows.map((r) => r.article),
      n,
      (a) => {
        const k = keys.get(a.id);
        if (k === undefined) throw new AppError('INTERNAL', `No sort key for article ${a.id}`);
        return encodeCursor('ar', [k, a.id]);
      },
      count,
    );
  },
};

export const Article: ArticleResolvers = {
  relations: async (parent, { first, after }, ctx) => {
    const n = pageSize(first, ctx.limits.maxPageSize);
    const key = { article: parent.id, filter: relationFilter(null) };
    const rows = await ctx.loaders.articleRelations.load({ ...key, after: decodeRelationCursor(after).after, limit: n + 1 });
    return toConnection(rows, n, relationCursor, () => ctx.loaders.articleRelationCount.load({ ...key, after: '', limit: 0 }));
  },
  evidence: (parent, _args, ctx) => ctx.loaders.articleEvidence.load(parent.id),
};
