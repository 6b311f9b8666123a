import { createHash } from 'node:crypto';
import type { Article, ArticleInput } from '../domain/index.js';
import { AppError } from '../errors.js';

export interface ToArticleOptions {
  /** Largest accepted text, in UTF-8 bytes (configuration: KG_MAX_ARTICLE_BYTES). */
  readonly maxTextBytes?: number;
}

export const DEFAULT_MAX_TEXT_BYTES = 2_000_000;
/** The id derived from text hashes only a prefix, so a typo fixed at the end keeps the id. */
const ID_TEXT_PREFIX = 4096;

function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

function optionalString(input: Record<string, unknown>, key: string): string | null {
  const value = input[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new AppError('INVALID_ARTICLE', `"${key}" must be a string`);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Normalises a URL so that trivially different spellings of one address give one id: lower-case
 * scheme and host, no fragment, no default port, no tracking parameters, sorted query, no
 * trailing slash.
 */
export function normaliseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new AppError('INVALID_ARTICLE', `"url" is not a valid URL: ${raw}`, { cause });
  }
  url.hash = '';
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [k, v] of params) url.searchParams.append(k, v);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  const out = url.toString();
  return url.pathname === '/' && url.search === '' ? out.replace(/\/$/, '') : out;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ISO date (YYYY-MM-DD) when the input carries no time of day, else an ISO date-time in UTC.
 * Accepts ISO 8601 and the RFC 2822 dates that feeds use.
 */
export function normalisePublished(raw: string): string {
  const value = raw.trim();
  if (DATE_ONLY.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(ms)) throw new AppError('INVALID_ARTICLE', `"published" is not a date: ${raw}`);
    return new Date(ms).toISOString().slice(0, 10);
  }
  const hasTime = /\d{1,2}:\d{2}/.test(value);
  // A bare calendar date in words ("October 27, 2025") is read as that day in UTC, not local midnight.
  const ms = Date.parse(hasTime ? value : `${value} 00:00:00 UTC`);
  if (Number.isNaN(ms)) throw new AppError('INVALID_ARTICLE', `"published" is not a date: ${raw}`);
  const iso = new Date(ms).toISOString();
  return hasTime ? iso : iso.slice(0, 10);
}

/** C0 controls other than tab, line feed, form feed and carriage return; and DEL. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
/** With the `u` flag, `\p{Cs}` matches only surrogates that do not form a pair. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * Validates what a loader hands over and gives the article its stable key.
 *
 * Contract: throws `AppError('INVALID_ARTICLE')` when the input is not an object, `text` is not a
 * string, is empty or whitespace, is longer than `maxTextBytes`, holds a control character (binary
 * or mis-decoded input) or an unpaired surrogate; when an optional field has the
 * wrong type, the URL does not parse or `published` is not a date. The id is the given id, else
 * `url-` + 16 hex of sha256 of the normalised URL, else `sha-` + 16 hex of sha256 of the text's
 * first 4096 characters. `contentHash` is the sha256 hex of the whole text. Pure and deterministic.
 */
export function toArticle(input: ArticleInput, options: ToArticleOptions = {}): Article {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('INVALID_ARTICLE', 'an article must be an object with a "text" field');
  }
  const record = input as unknown as Record<string, unknown>;
  const text: unknown = record['text'];
  if (typeof text !== 'string') throw new AppError('INVALID_ARTICLE', '"text" must be a string');
  if (text.trim() === '') throw new AppError('INVALID_ARTICLE', '"text" is empty');
  const max = options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max) throw new AppError('INVALID_ARTICLE', `"text" is ${bytes} bytes, over the limit of ${max}`);
  // Prose never holds NUL or other C0 controls (tab, line breaks and form feed aside): such text
  // is a binary file or a mis-decoded one, and storing it would only feed garbage to the graph.
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = text.charCodeAt(control.index).toString(16).toUpperCase().padStart(4, '0');
    throw new AppError('INVALID_ARTICLE', `"text" looks binary: control character U+${code} at offset ${control.index}`);
  }
  // An unpaired surrogate cannot be encoded as UTF-8: Bolt would store U+FFFD instead, and the
  // stored text would no longer hash to contentHash.
  const surrogate = UNPAIRED_SURROGATE.exec(text);
  if (surrogate) throw new AppError('INVALID_ARTICLE', `"text" is not valid Unicode: unpaired surrogate at offset ${surrogate.index}`);

  const givenId = optionalString(record, 'id');
  const url = optionalString(record, 'url');
  const normalisedUrl = url === null ? null : normaliseUrl(url);
  const published = optionalString(record, 'published');
  const id =
    givenId ??
    (normalisedUrl !== null
      ? `url-${sha256(normalisedUrl).slice(0, 16)}`
      : `sha-${sha256(text.slice(0, ID_TEXT_PREFIX)).slice(0, 16)}`);
  return {
    id,
    title: optionalString(record, 'title'),
    url,
    source: optionalString(record, 'source'),
    published: published === null ? null : normalisePublished(published),
    text,
    contentHash: sha256(text),
  };
}
