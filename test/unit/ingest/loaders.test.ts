import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  estimateItems,
  expandPaths,
  formatOfPath,
  type LoadedItem,
  loadPaths,
  parseDocument,
  sniffFormat,
} from '../../../src/ingest/index.js';
import { htmlToText } from '../../../src/ingest/loaders/index.js';
import { toArticle } from '../../../src/extract/index.js';

const DIR = 'test/fixtures/loaders/formats';

async function collect(source: AsyncIterable<LoadedItem>): Promise<LoadedItem[]> {
  const items: LoadedItem[] = [];
  for await (const item of source) items.push(item);
  return items;
}

function ok(items: LoadedItem[], origin: string): Extract<LoadedItem, { ok: true }>['input'] {
  const item = items.find((i) => i.origin === origin);
  if (!item?.ok) throw new Error(`no article from ${origin}: ${JSON.stringify(item)}`);
  return item.input;
}

describe('loaders', () => {
  it('reads a .txt file: first line is the title, the text is the file unchanged', async () => {
    const items = await collect(loadPaths([`${DIR}/talks.txt`]));
    const input = ok(items, `${DIR}/talks.txt`);
    expect(input.title).toBe('Talks Between Pakistan and Afghan Taliban in Istanbul End Without Progress');
    expect(input.text.startsWith('Talks Between Pakistan')).toBe(true);
    expect(input.text).toContain('mediated by Turkey');
  });

  it('reads .md front matter and falls back to the first heading', async () => {
    const items = await collect(loadPaths([`${DIR}/ceasefire.md`, `${DIR}/heading.md`]));
    expect(ok(items, `${DIR}/ceasefire.md`)).toEqual({
      id: 'md-ceasefire-1',
      title: 'Qatar and Turkey broker a ceasefire',
      url: 'https://news.example.org/world/ceasefire?utm_source=feed',
      source: 'Example News',
      published: '2025-10-19',
      text: expect.stringMatching(/^# Ignored heading[\s\S]*immediate ceasefire\.\n$/),
    });
    expect(ok(items, `${DIR}/heading.md`).title).toBe('Islamabad warns Kabul');
  });

  it('reads .json objects and arrays, mapping common field names and reporting bad elements', async () => {
    const items = await collect(loadPaths([`${DIR}/one.json`, `${DIR}/many.json`]));
    expect(ok(items, `${DIR}/one.json`)).toEqual({
      url: 'https://news.example.org/a/42',
      title: 'Kabul denies harbouring militants',
      published: '2025-10-28T09:15:00+05:00',
      source: 'Example Wire',
      text: 'The Taliban government in Kabul denied that it harbours fighters of the Tehrik-i-Taliban Pakistan.',
    });
    expect(items.map((i) => [i.origin, i.ok])).toEqual([
      [`${DIR}/one.json`, true],
      [`${DIR}/many.json#0`, true],
      [`${DIR}/many.json#1`, false],
      [`${DIR}/many.json#2`, true],
      [`${DIR}/many.json#3`, true],
      [`${DIR}/many.json#4`, true],
    ]);
    expect(items[2]).toMatchObject({ reason: 'expected an article object, got number' });
    // Element 2 has no text and element 3 a bad date: toArticle rejects them with the reason.
    expect(() => toArticle(ok(items, `${DIR}/many.json#2`))).toThrow('"text" must be a string');
    expect(() => toArticle(ok(items, `${DIR}/many.json#3`))).toThrow('"published" is not a date');
    expect(toArticle(ok(items, `${DIR}/many.json#4`)).published).toBe('2025-10-19T14:00:00.000Z');
  });

  it('streams .jsonl with line numbers in origins and errors', async () => {
    const items = await collect(loadPaths([`${DIR}/lines.jsonl`]));
    expect(items.map((i) => (i.ok ? [i.origin, i.input.id] : [i.origin, i.reason]))).toEqual([
      [`${DIR}/lines.jsonl:1`, 'jsonl-1'],
      [`${DIR}/lines.jsonl:3`, expect.stringMatching(/^invalid JSON/)],
      [`${DIR}/lines.jsonl:4`, 'jsonl-4'],
      [`${DIR}/lines.jsonl:5`, 'expected an article object, got an array'],
    ]);
    expect(ok(items, `${DIR}/lines.jsonl:4`)).toMatchObject({ url: 'https://news.example.org/jsonl/4', published: '2025-10-12' });
  });

  it('extracts the main text of an .html page and its metadata', async () => {
    const items = await collect(loadPaths([`${DIR}/page.html`]));
    const input = ok(items, `${DIR}/page.html`);
    expect(input).toMatchObject({
      title: 'Border clashes resume after talks collapse',
      published: '2025-10-30T06:00:00Z',
      source: 'Example Times',
      url: 'https://times.example.com/world/border-clashes',
    });
    expect(input.text).toContain('Pakistani troops attacked Taliban positions near Chaman');
    expect(input.text).toContain('respond “at a time of its choosing”');
    // Paragraphs stay apart; boilerplate and scripts are gone.
    expect(input.text).toContain('officials said.\n\nThe Taliban government');
    for (const noise of ['Football results', 'All rights reserved', 'analytics', 'font-family', 'Sport']) {
      expect(input.text).not.toContain(noise);
    }
  });

  it('takes the date, title and source of an .html page from JSON-LD', async () => {
    const items = await collect(loadPaths([`${DIR}/ld-json.html`]));
    expect(ok(items, `${DIR}/ld-json.html`)).toMatchObject({
      title: 'Doha statement on the truce',
      published: '2025-10-20T12:00:00+03:00',
      source: 'Gulf Daily',
    });
  });

  it('turns each RSS item into an article, text from content:encoded stripped of HTML', async () => {
    const items = await collect(loadPaths([`${DIR}/feed.rss`]));
    expect(items).toHaveLength(3);
    expect(ok(items, `${DIR}/feed.rss#0`)).toEqual({
      title: 'Pakistan & Afghanistan trade accusations',
      url: 'https://wire.example.net/2025/10/accusations',
      source: 'Regional Wire',
      published: 'Tue, 21 Oct 2025 08:00:00 GMT',
      text: 'Pakistan accused Afghanistan of harbouring militants.\n\nKabul rejected the claim & called it baseless.',
    });
    expect(ok(items, `${DIR}/feed.rss#1`)).toMatchObject({
      published: '2025-10-22T10:30:00Z',
      text: 'Turkey offered to host a new round of talks between the two neighbours.',
    });
    // The empty item is handed over and rejected by validation, so the summary names it.
    expect(() => toArticle(ok(items, `${DIR}/feed.rss#2`))).toThrow('"text" is empty');
  });

  it('turns each Atom entry into an article with the alternate link', async () => {
    const items = await collect(loadPaths([`${DIR}/feed.atom`]));
    expect(items.map((i) => (i.ok ? i.input : i))).toEqual([
      {
        title: 'Ceasefire holds',
        url: 'https://monitor.example.org/ceasefire-holds',
        source: 'Border Monitor',
        published: '2025-10-24T07:00:00Z',
        text: 'The ceasefire between Pakistan and Afghanistan held for a fifth day.',
      },
      {
        title: 'Talks scheduled',
        url: 'https://monitor.example.org/talks-scheduled',
        source: 'Border Monitor',
        published: '2025-10-25T09:00:00Z',
        text: 'Delegations will meet in Istanbul on Saturday.',
      },
    ]);
  });

  it('reports broken files, unsupported types and missing paths as failed items', async () => {
    const items = await collect(loadPaths([`${DIR}/broken.json`, `${DIR}/*.csv`, 'no/such/file.txt', 'no/*.match']));
    expect(items.filter((i) => !i.ok).map((i) => [i.origin, i.ok ? '' : i.reason])).toEqual([
      ['no/such/file.txt', 'no such file or folder'],
      ['no/*.match', 'no file matches'],
      [`${DIR}/broken.json`, expect.stringMatching(/^invalid JSON/)],
      [`${DIR}/notes.csv`, 'unsupported file type ".csv"'],
    ]);
  });

  it('expands a folder to its supported files in sorted order, each once', async () => {
    const expanded = await expandPaths([DIR, `${DIR}/talks.txt`, '-']);
    expect(expanded.stdin).toBe(true);
    expect(expanded.files.map((f) => f.slice(DIR.length + 1))).toEqual([
      'broken.json',
      'ceasefire.md',
      'feed.atom',
      'feed.rss',
      'heading.md',
      'ld-json.html',
      'lines.jsonl',
      'many.json',
      'one.json',
      'page.html',
      'talks.txt',
    ]);
    expect(await estimateItems(expanded.files)).toBe(10 + 4);
  });

  it('reads standard input with the format sniffed from the content', async () => {
    const jsonl = '{"id":"s1","text":"One."}\n{"id":"s2","text":"Two."}\n';
    const items = await collect(loadPaths(['-'], { stdin: Readable.from([jsonl]) }));
    expect(items.map((i) => i.origin)).toEqual(['stdin:1', 'stdin:2']);
    const text = await collect(loadPaths(['-'], { stdin: Readable.from(['Plain title\n\nPlain body.']) }));
    expect(text[0]).toMatchObject({ ok: true, origin: 'stdin', input: { title: 'Plain title' } });
  });

  it('sniffs formats and maps extensions', () => {
    expect(sniffFormat('[{"text":"a"}]')).toBe('json');
    expect(sniffFormat('{\n "text": "a"\n}')).toBe('json');
    expect(sniffFormat('{"text":"a"}\n{"text":"b"}')).toBe('jsonl');
    expect(sniffFormat('<?xml version="1.0"?><rss version="2.0">')).toBe('feed');
    expect(sniffFormat('<!doctype html><html>')).toBe('html');
    expect(sniffFormat('# Title\n\nBody')).toBe('markdown');
    expect(sniffFormat('Just text.')).toBe('text');
    expect(formatOfPath('a/B.HTM')).toBe('html');
    expect(formatOfPath('a/b.ndjson')).toBe('jsonl');
    expect(formatOfPath('a/b.pdf')).toBeNull();
    expect(parseDocument('<rss><channel></channel></rss>', 'x', 'feed')).toEqual([]);
    expect(parseDocument('<html/>', 'x', 'feed')[0]).toMatchObject({ ok: false });
  });

  it('reports an empty JSON lines input as a failure instead of loading nothing', async () => {
    const items = await collect(loadPaths(['-'], { stdin: Readable.from(['\n  \n']), stdinFormat: 'jsonl' }));
    expect(items).toEqual([{ ok: false, origin: 'stdin', reason: 'empty: no JSON lines' }]);
    const one = await collect(loadPaths(['-'], { stdin: Readable.from(['\n{"text":"a"}\n']), stdinFormat: 'jsonl' }));
    expect(one.map((i) => [i.origin, i.ok])).toEqual([['stdin:2', true]]);
  });

  it('reads HTML fragments and bare text as pages, and an empty page as an empty text', () => {
    expect(parseDocument('<p>Egypt accused Ethiopia.</p>', 'x', 'html')).toEqual([
      { ok: true, origin: 'x', input: { text: 'Egypt accused Ethiopia.' } },
    ]);
    expect(parseDocument('<head><title>T</title></head><body><p>Body.</p></body>', 'x', 'html')[0]).toMatchObject({
      ok: true,
      input: { title: 'T', text: 'Body.' },
    });
    expect(parseDocument('Bare text.', 'x', 'html')[0]).toMatchObject({ ok: true, input: { text: 'Bare text.' } });
    for (const empty of ['', '  \n', '<!-- nothing -->']) {
      const [item] = parseDocument(empty, 'x', 'html');
      expect(item).toMatchObject({ ok: true });
      if (item?.ok) expect(() => toArticle(item.input)).toThrow('"text" is empty');
    }
  });

  it('keeps paragraphs and line breaks when turning HTML into text', () => {
    expect(htmlToText('<p>One  <b>bold</b>\n word.</p><p>Two.<br>Three.</p><script>x()</script>')).toBe(
      'One bold word.\n\nTwo.\nThree.',
    );
    expect(htmlToText('no tags &amp; spaces   here')).toBe('no tags &amp; spaces here');
    expect(htmlToText('<ul><li>a</li><li>b &amp; c</li></ul>')).toBe('a\n\nb & c');
  });
});
