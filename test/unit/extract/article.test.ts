import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/domain/index.js';
import { AppError } from '../../../src/errors.js';
import { normaliseUrl, toArticle } from '../../../src/extract/index.js';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

function invalid(input: unknown, options?: { maxTextBytes?: number }): AppError {
  try {
    toArticle(input as ArticleInput, options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected INVALID_ARTICLE');
}

describe('toArticle', () => {
  it('keeps a given id and hashes the whole text', () => {
    const a = toArticle({ id: 'abc-1', text: 'Pakistan accused the Taliban.' });
    expect(a.id).toBe('abc-1');
    expect(a.contentHash).toBe(sha256('Pakistan accused the Taliban.'));
    expect(a).toMatchObject({ title: null, url: null, source: null, published: null });
  });

  it('derives the id from the normalised URL, so spellings of one address agree', () => {
    const a = toArticle({ url: 'HTTPS://Example.com/news/1/?utm_source=x&b=2&a=1#top', text: 'x' });
    const b = toArticle({ url: 'https://example.com/news/1?a=1&b=2', text: 'y' });
    expect(a.id).toMatch(/^url-[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
    expect(normaliseUrl('https://example.com/')).toBe('https://example.com');
  });

  it('derives the id from the text when there is neither id nor URL', () => {
    const a = toArticle({ text: 'Same text.' });
    expect(a.id).toBe(`sha-${sha256('Same text.').slice(0, 16)}`);
    expect(toArticle({ text: 'Other text.' }).id).not.toBe(a.id);
  });

  it('normalises published dates to ISO', () => {
    expect(toArticle({ text: 'x', published: '2025-10-27' }).published).toBe('2025-10-27');
    expect(toArticle({ text: 'x', published: 'October 27, 2025' }).published).toBe('2025-10-27');
    expect(toArticle({ text: 'x', published: 'Mon, 27 Oct 2025 10:00:00 GMT' }).published).toBe('2025-10-27T10:00:00.000Z');
    expect(invalid({ text: 'x', published: 'someday' }).code).toBe('INVALID_ARTICLE');
  });

  it.each([
    ['empty text', { text: '' }],
    ['whitespace text', { text: '  \n\t ' }],
    ['non-string text', { text: 42 }],
    ['missing text', { title: 'no body' }],
    ['not an object', 'just a string'],
    ['null', null],
    ['non-string title', { text: 'x', title: 7 }],
    ['bad URL', { text: 'x', url: 'not a url' }],
  ])('rejects %s with INVALID_ARTICLE', (_label, input) => {
    const error = invalid(input);
    expect(error.code).toBe('INVALID_ARTICLE');
  });

  it('rejects text over the size limit given in options', () => {
    expect(invalid({ text: 'abcdef' }, { maxTextBytes: 5 }).message).toMatch(/over the limit/);
    expect(toArticle({ text: 'abcde' }, { maxTextBytes: 5 }).text).toBe('abcde');
  });
});
