import type { ManagedTransaction } from 'neo4j-driver';
import { runQuery } from '../graph.js';
import type { ArticleRow, EvidenceRow } from '../rows.js';
import { int, toNumber } from '../values.js';
import { groupBy, toArticleRow, toEvidenceRow } from './mappers.js';

export interface ArticleFilterParams {
  readonly source: string | null;
  readonly since: string | null;
  readonly until: string | null;
  /** Articles with unretracted evidence involving this actor. */
  readonly actor: string | null;
}

/** The keyset position of an article in newest-first order: ISO published date ('' unknown), id. */
export interface ArticleKey {
  readonly key: string;
  readonly id: string;
}

/** Articles by id; unknown ids are absent. Read-only. */
export async function getArticles(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const res = await runQuery(tx, 'article/get-articles', { ids: [...ids] });
  return new Map(res.records.map((r) => [String(r.get('id')), toArticleRow(r.get('article'))]));
}

type ArticlePage = Promise<Array<{ article: ArticleRow; key: string }>>;

function pageParams(filter: ArticleFilterParams, after: ArticleKey | null, limit: number): Record<string, unknown> {
  return {
    actor: filter.actor,
    source: filter.source,
    since: filter.since,
    until: filter.until,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? '',
    limit: int(limit),
  };
}

function countParams(filter: ArticleFilterParams): Record<string, unknown> {
  return { actor: filter.actor, source: filter.source, since: filter.since, until: filter.until };
}

/**
 * One page of articles, newest first (undated last, ties by id), after the keyset position
 * (`after` null for the first page). `filter.actor` is ignored: see `findArticlesOfActor`.
 * Read-only.
 */
export async function findArticles(
  tx: ManagedTransaction,
  p: { filter: ArticleFilterParams; after: ArticleKey | null; limit: number },
): ArticlePage {
  const res = await runQuery(tx, 'article/find-articles', pageParams(p.filter, p.after, p.limit));
  return res.records.map((r) => ({ article: toArticleRow(r.get('article')), key: String(r.get('key')) }));
}

/** As `findArticles`, restricted to articles with evidence involving `filter.actor` (required). */
export async function findArticlesOfActor(
  tx: ManagedTransaction,
  p: { filter: ArticleFilterParams & { actor: string }; after: ArticleKey | null; limit: number },
): ArticlePage {
  const res = await runQuery(tx, 'article/find-articles-of-actor', pageParams(p.filter, p.after, p.limit));
  return res.records.map((r) => ({ article: toArticleRow(r.get('article')), key: String(r.get('key')) }));
}

/** Number of articles `findArticles` pages through. Read-only. */
export async function countArticles(tx: ManagedTransaction, filter: ArticleFilterParams): Promise<number> {
  const res = await runQuery(tx, 'article/count-articles', countParams(filter));
  return toNumber(res.records[0]?.get('total'));
}

/** Number of articles `findArticlesOfActor` pages through. Read-only. */
export async function countArticlesOfActor(
  tx: ManagedTransaction,
  filter: ArticleFilterParams & { actor: string },
): Promise<number> {
  const res = await runQuery(tx, 'article/count-articles-of-actor', countParams(filter));
  return toNumber(res.records[0]?.get('total'));
}

/** Up to `limit` unretracted evidence rows per article, in text order. Read-only. */
export async function getArticleEvidence(
  tx: ManagedTransaction,
  articleIds: readonly string[],
  limit: number,
): Promise<Map<string, EvidenceRow[]>> {
  const res = await runQuery(tx, 'article/get-article-evidence', { articleIds: [...articleIds], limit: int(limit) });
  return groupBy(
    articleIds,
    res.records.map((r) => [String(r.get('articleId')), toEvidenceRow(r.get('evidence'))] as const),
  );
}
