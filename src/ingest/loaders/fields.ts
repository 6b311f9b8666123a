import type { ArticleInput } from '../../domain/index.js';

/**
 * Field names that JSON article sources use for the same thing. The first present wins; a
 * record with none of the text fields is reported as such by `toArticle`.
 */
const TEXT = ['text', 'content', 'body', 'articleBody'];
const TITLE = ['title', 'headline'];
const URL_FIELDS = ['url', 'link', 'href'];
const SOURCE = ['source', 'publisher', 'site', 'siteName'];
const PUBLISHED = ['published', 'publishedAt', 'published_at', 'datePublished', 'date', 'pubDate'];

function first(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** A publisher given as `{name: …}` (schema.org style) counts by its name. */
function named(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'name' in value) {
    return (value as { name: unknown }).name;
  }
  return value;
}

/**
 * Maps a JSON record onto `ArticleInput`, keeping values as they are (wrong types are left for
 * `toArticle` to reject with a precise message). Returns a reason when the value is not an object.
 */
export function recordToInput(value: unknown): ArticleInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected an article object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
  }
  const record = value as Record<string, unknown>;
  const input: Record<string, unknown> = { text: first(record, TEXT) };
  const id = record['id'];
  if (id !== undefined && id !== null) input['id'] = typeof id === 'number' ? String(id) : id;
  const title = first(record, TITLE);
  if (title !== undefined) input['title'] = title;
  const url = first(record, URL_FIELDS);
  if (url !== undefined) input['url'] = url;
  const source = named(first(record, SOURCE));
  if (source !== undefined) input['source'] = source;
  const published = first(record, PUBLISHED);
  if (published !== undefined) input['published'] = published;
  return input as unknown as ArticleInput;
}

/** A date string that parses, else undefined: metadata scraped from pages is not worth failing over. */
export function lenientDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && !Number.isNaN(Date.parse(trimmed)) ? trimmed : undefined;
}

/** Copies the defined, non-empty fields only (ArticleInput's optional fields take no empty strings). */
export function compactInput(fields: { [K in keyof ArticleInput]?: string | null | undefined }, text: string): ArticleInput {
  const out: Record<string, string> = { text };
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'text' && typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out as unknown as ArticleInput;
}
