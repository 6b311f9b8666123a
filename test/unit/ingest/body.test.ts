import { describe, expect, it } from 'vitest';
import { parseIngestBody } from '../../../src/ingest/index.js';

describe('parseIngestBody', () => {
  it('reads one JSON article or an array', () => {
    expect(parseIngestBody('{"text":"a","id":"x"}', 'application/json')).toEqual([
      { ok: true, origin: 'body', input: { text: 'a', id: 'x' } },
    ]);
    expect(parseIngestBody('[{"text":"a"},"bad",{"text":"c"}]', 'application/json').map((i) => [i.origin, i.ok])).toEqual([
      ['body#0', true],
      ['body#1', false],
      ['body#2', true],
    ]);
  });

  it('reads JSONL by content type, with per-line errors', () => {
    const items = parseIngestBody('{"text":"a"}\n\nnot json\n{"text":"d"}\n', 'application/x-ndjson; charset=utf-8');
    expect(items.map((i) => [i.origin, i.ok])).toEqual([
      ['body:1', true],
      ['body:3', false],
      ['body:4', true],
    ]);
    expect(items[1]).toMatchObject({ reason: expect.stringMatching(/^invalid JSON/) });
  });

  it('recognises JSONL sent as JSON, and reports an empty or broken body', () => {
    expect(parseIngestBody('{"text":"a"}\n{"text":"b"}', 'application/json').map((i) => i.origin)).toEqual(['body:1', 'body:2']);
    expect(parseIngestBody('  ', 'application/json')).toEqual([{ ok: false, origin: 'body', reason: 'empty body' }]);
    expect(parseIngestBody('{"text":', null)[0]).toMatchObject({ ok: false, origin: 'body' });
  });
});
