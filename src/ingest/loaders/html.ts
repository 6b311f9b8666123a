import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../../domain/index.js';
import { compactInput, lenientDate } from './fields.js';
import { type DomNode, htmlToText, nodeToText } from './html-to-text.js';

interface Meta {
  title?: string | undefined;
  published?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
}

/** The linkedom document surface used here (typed locally: linkedom's own types are loose). */
interface Doc {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  body: unknown;
}

function attr(doc: Doc, selector: string, name: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function metaContent(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = attr(doc, `meta[property="${key}"]`, 'content') ?? attr(doc, `meta[name="${key}"]`, 'content');
    if (value) return value;
  }
  return undefined;
}

/** schema.org JSON-LD blocks, flattened (`@graph` and arrays), as plain records. */
function jsonLd(doc: Doc): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      out.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]?.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still applies.
    }
  }
  return out;
}

function ldString(records: Array<Record<string, unknown>>, key: string): string | undefined {
  for (const r of records) {
    const value = r[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'object' && value !== null && 'name' in value) {
      const name = (value as { name: unknown }).name;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
  }
  return undefined;
}

function metadata(doc: Doc): Meta {
  const ld = jsonLd(doc);
  return {
    title: metaContent(doc, 'og:title', 'twitter:title') ?? ldString(ld, 'headline'),
    published:
      lenientDate(metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued')) ??
      lenientDate(attr(doc, '[itemprop="datePublished"]', 'content') ?? attr(doc, '[itemprop="datePublished"]', 'datetime')) ??
      lenientDate(ldString(ld, 'datePublished')) ??
      lenientDate(attr(doc, 'article time[datetime]', 'datetime') ?? attr(doc, 'time[datetime]', 'datetime')),
    source: metaContent(doc, 'og:site_name', 'application-name') ?? ldString(ld, 'publisher'),
    url: attr(doc, 'link[rel="canonical"]', 'href') ?? metaContent(doc, 'og:url'),
  };
}

/**
 * linkedom builds a document only from a whole page: a fragment (`<p>…</p>`) or bare text would
 * have no root element, so its text would be lost or the parse would throw. Those are wrapped.
 */
function asDocument(page: string): string {
  if (/<html[\s>]/i.test(page)) return page;
  if (/<(head|body)[\s>]/i.test(page)) return `<!doctype html><html>${page}</html>`;
  return `<!doctype html><html><head></head><body>${page}</body></html>`;
}

/**
 * An `.html` page: main text by Mozilla Readability (boilerplate such as navigation and footers
 * dropped), title, date and source from metadata (Open Graph, `article:published_time`,
 * `<time>`, JSON-LD). Metadata is read before Readability runs, because Readability rewrites the
 * document. A page Readability cannot make sense of falls back to the body text.
 */
export function parseHtmlPage(page: string): ArticleInput {
  const html = asDocument(page);
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  const meta = metadata(doc);
  const fallbackTitle = doc.querySelector('title')?.textContent?.trim();
  let text = '';
  let readableTitle: string | null | undefined;
  try {
    const result = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (result?.content) {
      text = htmlToText(result.content);
      readableTitle = result.title;
    }
  } catch {
    // Readability throws on some malformed documents; the body text below still serves.
  }
  if (text.trim() === '') {
    const { document: again } = parseHTML(html);
    text = nodeToText(again.body as unknown as DomNode);
  }
  return compactInput(
    {
      title: meta.title ?? readableTitle ?? fallbackTitle,
      published: meta.published,
      source: meta.source,
      url: meta.url && /^https?:\/\//i.test(meta.url) ? meta.url : undefined,
    },
    text,
  );
}
