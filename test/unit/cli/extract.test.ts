import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleOf, readArticleFile } from '../../../src/cli/commands/extract.js';
import { loadPaths, type LoadedItem } from '../../../src/ingest/index.js';
import { toArticle } from '../../../src/extract/index.js';

let dir: string;
const MAX = 2_000_000;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingestArticle(file: string): Promise<ReturnType<typeof toArticle>> {
  const items: LoadedItem[] = [];
  for await (const item of loadPaths([file])) items.push(item);
  const [item] = items;
  if (!item?.ok) throw new Error(`not loaded: ${JSON.stringify(item)}`);
  return toArticle(item.input, { maxTextBytes: MAX });
}

describe('kg extract FILE', () => {
  it('reads .md, .html and .txt files as kg ingest does, so ids, texts and offsets match', async () => {
    const files: Record<string, string> = {
      'front.md': '---\nid: md-1\ntitle: Front\n---\n# Heading\n\nEgypt accused Ethiopia of threatening its water security.\n',
      'page.html': '<html><head><title>T</title><link rel="canonical" href="https://example.org/a"></head><body><article><p>Kenya mediated between Somalia and Ethiopia.</p></article></body></html>',
      'plain.txt': 'A title\n\nTurkey offered to mediate between Pakistan and Afghanistan.\n',
    };
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      const extracted = articleOf(await readArticleFile(file), file, MAX);
      const ingested = await ingestArticle(file);
      expect({ id: extracted.id, text: extracted.text }, name).toEqual({ id: ingested.id, text: ingested.text });
    }
    const md = articleOf(await readArticleFile(path.join(dir, 'front.md')), 'front.md', MAX);
    expect(md.id).toBe('md-1');
    expect(md.text.startsWith('---')).toBe(false);
  });

  it('names the file in the error of an article that cannot be extracted', async () => {
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '  \n');
    expect(() => articleOf({ text: '  \n' }, empty, MAX)).toThrow(`${empty}: "text" is empty`);
    const noText = path.join(dir, 'no-text.json');
    await writeFile(noText, '{"title":"x"}');
    const input = await readArticleFile(noText);
    expect(() => articleOf(input, noText, MAX)).toThrow(`${noText}: "text" must be a string`);
  });

  it('points files of several articles to the command that reads them', async () => {
    const lines = path.join(dir, 'many.jsonl');
    await writeFile(lines, '{"text":"a"}\n{"text":"b"}\n');
    await expect(readArticleFile(lines)).rejects.toThrow(`use "kg extract --jsonl < ${lines}"`);
    const feed = path.join(dir, 'feed.rss');
    await writeFile(feed, '<rss><channel></channel></rss>');
    await expect(readArticleFile(feed)).rejects.toThrow(`use "kg ingest --dry-run ${feed}"`);
  });
});
