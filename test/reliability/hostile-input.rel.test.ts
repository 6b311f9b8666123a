import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, ArticleInput, ExtractionResult } from '../../src/domain/index.js';
import { createExtractor, type Extractor, toArticle } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/graph.js';
import { ensureSchema, ingestArticle, type IngestDeps } from '../../src/ingest/index.js';
import type { KgServer } from '../../src/server/create-server.js';
import { prefixActors } from '../../bench/synthetic/index.js';
import { childEnv, uniquePrefix } from '../support/neo4j.js';
import { bearer, deletePrefix, figure, gql, KEYS, sharedGraph, startServer } from './support.js';

/**
 * Hostile input through the three doors (ingestArticle, POST /ingest, kg ingest): each case gets a
 * clear error or is stored literally; nothing else is written; the server stays up.
 */
const p = uniquePrefix('hi');
const realExtractor = createExtractor();
/** The real extractor, actor ids prefixed so the test can delete what it wrote. */
const extractor: Extractor = { extract: (a, o) => prefixActors(realExtractor.extract(a, o), p) };

let graph: Graph;
let api: { server: KgServer; url: string; base: string };
let dir: string;

const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `') CALL db.clearQueryCaches() //`,
  "`Actor`) DETACH DELETE n WITH 1 AS x MATCH (m) SET m.pwned = true //",
  `$(evil) {id: "x"} ]->() <-[:ACCUSES]-`,
  `\\' OR 1=1 --`,
  `{ __schema { types { name } } }`,
  `") { id } mutation { mergeActors(keep: "a", merge: ["b"]) { id } } #`,
  `query { actor(id: "x") { id } } fragment F on Actor { ...F }`,
  `<script>alert(document.cookie)</script>`,
  `*:* OR name:* AND \\ ~ ^ [ ] "`,
];

/** Node counts by label: what "nothing unexpected written" is checked against. */
async function totals(): Promise<Record<string, number>> {
  return graph.read('test/totals', async (tx) => {
    const one = async (q: string): Promise<number> => Number((await tx.run(q)).records[0]?.get('n'));
    return {
      actors: await one('MATCH (n:Actor) RETURN count(n) AS n'),
      articles: await one('MATCH (n:Article) RETURN count(n) AS n'),
      mentions: await one('MATCH (n:Mention) RETURN count(n) AS n'),
      relationships: await one('MATCH ()-[r]->() RETURN count(r) AS n'),
      pwned: await one('MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n'),
    };
  });
}

async function storedArticle(id: string): Promise<{ text: string; title: string | null; source: string | null; mentions: number } | null> {
  return graph.read('test/article', async (tx) => {
    const r = await tx.run('MATCH (a:Article {id: $id}) OPTIONAL MATCH (m:Mention)-[:IN_ARTICLE]->(a) RETURN a.text AS text, a.title AS title, a.source AS source, count(m) AS n', { id });
    const x = r.records[0];
    return x ? { text: String(x.get('text')), title: x.get('title') as string | null, source: x.get('source') as string | null, mentions: Number(x.get('n')) } : null;
  });
}

/** Random bytes that include NULs and invalid UTF-8 sequences, deterministic. */
function binaryBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = x % 256;
  }
  out[0] = 0;
  return out;
}

const INVALID_UTF8 = Buffer.concat([Buffer.from('Pakistan accused '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]), Buffer.from(' Afghanistan of harbouring militants.')]);

beforeAll(async () => {
  graph = sharedGraph();
  await ensureSchema(graph);
  api = await startServer(graph, extractor, { maxArticleBytes: 5_000, maxBodyBytes: 200_000 });
  dir = await mkdtemp(path.join(tmpdir(), 'kg-hostile-'));
});

afterAll(async () => {
  await api?.server.stop();
  await deletePrefix(graph, p);
  await graph?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('ingestArticle', () => {
  const deps = (): IngestDeps => ({ graph, extractor, maxArticleBytes: 10_000 });

  it('rejects empty, blank, oversized, binary and invalid Unicode text with INVALID_ARTICLE, writing nothing', async () => {
    const before = await totals();
    const cases: Array<[string, ArticleInput, RegExp]> = [
      ['empty', { id: `${p}e1`, text: '' }, /empty/],
      ['whitespace only', { id: `${p}e2`, text: ' \n\t\u00a0\u2003 \r\n' }, /empty/],
      ['over the limit', { id: `${p}e3`, text: 'Pakistan accused Afghanistan. '.repeat(400) }, /over the limit of 10000/],
      ['binary', { id: `${p}e4`, text: binaryBytes(2000).toString('latin1') }, /binary|control/],
      ['invalid UTF-8 decoded leniently', { id: `${p}e5`, text: `${INVALID_UTF8.toString('latin1')}\u0000` }, /binary|control/],
      ['unpaired surrogate', { id: `${p}e6`, text: 'Pakistan accused \ud800 Afghanistan of shelling.' }, /Unicode/],
      ['text not a string', { id: `${p}e7`, text: 42 as unknown as string }, /must be a string/],
      ['not an object', 'text' as unknown as ArticleInput, /object/],
    ];
    for (const [name, input, reason] of cases) {
      const error = await ingestArticle(input, deps()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toMatchObject({ code: 'INVALID_ARTICLE', message: expect.stringMatching(reason) });
    }
    expect(await totals()).toEqual(before);
    figure('hostile ingestArticle: rejected cases', cases.map(([n]) => n).join(', '));
  });

  it('stores Cypher and GraphQL injection strings literally, as text and as names, and changes nothing else', async () => {
    const sentinel = `${p}sentinel`;
    await graph.write('test/sentinel', (tx) => tx.run('CREATE (:Actor {id: $id, name: "sentinel", type: "COUNTRY", aliases: []})', { id: sentinel }));
    const before = await totals();
    const foreignBefore = await graph.read('test/foreign', async (tx) => Number((await tx.run('MATCH (a:Actor) WHERE NOT a.id STARTS WITH $p RETURN count(a) AS n', { p })).records[0]?.get('n')));
    let written = 0;
    for (const [i, injection] of INJECTIONS.entries()) {
      const id = `${p}inj-${i}-${injection}`;
      const text = `Pakistan accused Afghanistan of ${injection}. Turkey mediated between Pakistan and Afghanistan in Istanbul. ${injection}`;
      const report = await ingestArticle({ id, text, title: injection, source: injection }, deps());
      expect(report.status).toBe('NEW');
      const stored = await storedArticle(id);
      expect(stored).toMatchObject({ text, title: injection, source: injection });
      expect(stored?.mentions).toBe(report.relations.length);
      written += 1;
    }
    const after = await totals();
    expect(after['pwned']).toBe(0);
    expect(after['articles']).toBe((before['articles'] ?? 0) + written);
    // The sentinel is untouched, and no actor outside this test's prefix appeared or vanished.
    const check = await graph.read('test/sentinel', async (tx) => {
      const r = await tx.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: sentinel });
      const foreign = await tx.run('MATCH (a:Actor) WHERE NOT a.id STARTS WITH $p RETURN count(a) AS n', { p });
      return { name: r.records[0]?.get('name') as unknown, foreign: Number(foreign.records[0]?.get('n')) };
    });
    expect(check).toEqual({ name: 'sentinel', foreign: foreignBefore });
    figure('hostile ingestArticle: injection strings stored literally', written);
  });

  it('stores actor names that are injection strings literally and finds them through the API', async () => {
    const names: Actor[] = INJECTIONS.map((name, i) => ({ id: `${p}name-${i}`, name, type: 'ORGANIZATION', aliases: [name.toUpperCase()], affiliation: null }));
    const text = 'A statement was issued. Another statement followed.';
    const scripted: Extractor = {
      extract: (a): ExtractionResult => ({
        id: a.id,
        actors: names,
        relations: names.slice(1).map((n, i) => ({
          source: names[0]!.id,
          target: n.id,
          type: 'ACCUSES',
          evidence: 'A statement was issued.',
          start: 0,
          end: 23,
          confidence: 0.9,
          claimant: i % 2 === 0 ? n.id : null,
          alleged: false,
          cameo: '112',
          goldstein: -2,
        })),
      }),
    };
    const report = await ingestArticle({ id: `${p}names`, text }, { graph, extractor: scripted, maxArticleBytes: 10_000 });
    expect(report.status).toBe('NEW');
    for (const [i, name] of INJECTIONS.entries()) {
      const res = await gql(api.url, { query: 'query ($id: ID!) { actor(id: $id) { name aliases } }', variables: { id: `${p}name-${i}` } });
      expect(res.body.errors).toBeUndefined();
      // An alias equal to the name is dropped; any other is kept verbatim.
      expect(res.body.data).toEqual({ actor: { name, aliases: name.toUpperCase() === name ? [] : [name.toUpperCase()] } });
      // As search terms (Lucene syntax in a full-text query, substring filters): data or a clear
      // user error, never an internal one.
      const search = await gql(api.url, {
        query: 'query ($q: String!) { searchActors(query: $q) { actor { id } } actors(filter: { nameContains: $q }, first: 5) { nodes { id } } }',
        variables: { q: name },
      });
      const codes = (search.body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((c) => c !== 'BAD_USER_INPUT'), name).toEqual([]);
    }
  });

  it('handles a 100,000-character token and HTML with scripts as plain text', async () => {
    const token = 'X'.repeat(100_000);
    const started = performance.now();
    const big = await ingestArticle({ id: `${p}token`, text: `Pakistan accused Afghanistan of shelling. ${token} Turkey mediated.` }, { ...deps(), maxArticleBytes: 200_000 });
    figure('hostile: ingest of an article with a 100k-character token (ms)', Math.round(performance.now() - started));
    expect(big.status).toBe('NEW');
    for (const r of big.relations) expect(r.evidence.length).toBeLessThan(100_000);
    const html = '<p>Pakistan accused Afghanistan.</p><script>fetch("/graphql",{method:"POST"})</script><img src=x onerror=alert(1)>';
    const report = await ingestArticle({ id: `${p}html`, text: html, title: html }, deps());
    expect((await storedArticle(`${p}html`))?.text).toBe(html);
    // The API hands it back as a JSON string, never as markup.
    const res = await gql(api.url, { query: 'query ($id: ID!) { article(id: $id) { title } }', variables: { id: `${p}html` } });
    expect(res.body.data).toEqual({ article: { title: html } });
    expect(report.status).toBe('NEW');
  });
});

describe('extractor properties (fast-check)', () => {
  // Arbitrary Unicode (astral planes, combining marks, RTL, controls), long runs without spaces,
  // and word salads of trigger words: never throws; offsets index the text; evidence is its slice.
  const salad = ['Pakistan', 'accused', 'the', 'TTP', 'of', 'attacks', '.', '"', 'denied', 'Kabul', '(', ')', 'Turkey', 'mediated', 'between', 'and', '\n', 'not', 'allegedly', 'Erdoğan', 'said', '؛', '—', 'U.N.'];
  const actorsSaid = ['Pakistan', 'the Afghan Taliban', 'Turkey', 'Qatar', 'the TTP', 'Hamas', 'Israel', 'the United Nations', 'Iran', 'Shehbaz Sharif', 'Kabul', 'its army'];
  const verbs = ['accused', 'attacked', 'denied accusations by', 'mediated between', 'met', 'criticised', 'threatened', 'supported', 'agreed with', 'called on', 'did not attack', 'allegedly backed', 'negotiated with'];
  const noise = fc.string({ unit: 'grapheme', maxLength: 12 });
  /** Sentences that trigger relations, with random noise around and inside them. */
  const sentences = fc
    .array(
      fc.tuple(noise, fc.constantFrom(...actorsSaid), fc.constantFrom(...verbs), fc.constantFrom(...actorsSaid), fc.constantFrom('', ' and Qatar', ' of harbouring militants', ' in Doha', ', officials said'), fc.constantFrom('. ', '.\n\n', '; ', ' — ', '."')),
      { minLength: 1, maxLength: 12 },
    )
    .map((parts) => parts.map(([n, a, v, b, tail, end]) => `${n}${a} ${v} ${b}${tail}${end}`).join(''));
  const texts = fc.oneof(
    sentences,
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
    fc.array(fc.constantFrom(...salad), { minLength: 1, maxLength: 120 }).map((ws) => ws.join(' ')),
    fc.tuple(fc.constantFrom(...salad), fc.integer({ min: 1000, max: 20_000 })).map(([w, n]) => `Pakistan accused ${w.repeat(n)} of attacks.`),
  );

  it('never throws and every offset points inside the text', () => {
    let relations = 0;
    let inputs = 0;
    fc.assert(
      fc.property(texts, (raw) => {
        let article;
        try {
          article = toArticle({ text: raw });
        } catch {
          return; // rejected input (blank, binary, unpaired surrogates) never reaches the extractor
        }
        inputs += 1;
        const result = realExtractor.extract(article);
        const ids = new Set(result.actors.map((a) => a.id));
        for (const r of result.relations) {
          relations += 1;
          expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(raw.length);
          expect(r.start).toBeLessThan(r.end);
          expect(raw.slice(r.start, r.end)).toBe(r.evidence);
          expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 600, seed: 20_251_125 },
    );
    figure('property: texts extracted / relations checked', `${inputs} / ${relations}`);
  });
});

describe('POST /ingest', () => {
  const post = async (body: string | Buffer, type = 'application/json', key: string = KEYS.write): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await fetch(`${api.base}/ingest`, { method: 'POST', headers: { 'content-type': type, ...bearer(key) }, body });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  it('answers each hostile body with a clear error or a summary naming the failure, and stays up', async () => {
    const before = await totals();
    const summaryOf = async (value: unknown): Promise<{ failed: number; reason: string }> => {
      const res = await post(JSON.stringify(value));
      expect(res.status).toBe(200);
      const failures = res.json['failures'] as Array<{ reason: string }>;
      return { failed: Number(res.json['failed']), reason: failures[0]?.reason ?? '' };
    };
    expect(await summaryOf({ id: `${p}b1`, text: '' })).toMatchObject({ failed: 1, reason: expect.stringMatching(/empty/) });
    expect(await summaryOf({ id: `${p}b2`, text: '   \n  ' })).toMatchObject({ failed: 1, reason: expect.stringMatching(/empty/) });
    expect(await summaryOf({ id: `${p}b3`, text: 'a '.repeat(3000) })).toMatchObject({ failed: 1, reason: expect.stringMatching(/over the limit of 5000/) });
    expect(await summaryOf({ id: `${p}b4`, text: binaryBytes(500).toString('latin1') })).toMatchObject({ failed: 1, reason: expect.stringMatching(/binary|control/) });
    expect(await summaryOf([1, 'x', null, [], { text: 5 }])).toMatchObject({ failed: 5 });

    const cases: Array<[string, Promise<{ status: number; json: Record<string, unknown> }>, number, string]> = [
      ['not JSON', post('{"text": "Pakistan accused'), 400, 'BAD_REQUEST'],
      ['binary body', post(binaryBytes(4000), 'application/json'), 400, 'BAD_REQUEST'],
      ['invalid UTF-8 in JSON', post(Buffer.concat([Buffer.from('{"text":"'), INVALID_UTF8, Buffer.from('"}')])), 400, 'BAD_REQUEST'],
      ['binary, octet-stream', post(binaryBytes(4000), 'application/octet-stream'), 400, 'BAD_USER_INPUT'],
      ['over the body limit', post(JSON.stringify({ text: 'x'.repeat(300_000) })), 413, 'PAYLOAD_TOO_LARGE'],
      ['no key', fetch(`${api.base}/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> })), 401, 'UNAUTHENTICATED'],
    ];
    for (const [name, promise, status, code] of cases) {
      const res = await promise;
      expect(res.status, name).toBe(status);
      expect((res.json['error'] as { code: string } | undefined)?.code, name).toBe(code);
    }
    expect(await totals()).toEqual(before);
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.base}/readyz`)).status).toBe(200);
  });
});

describe('kg ingest', () => {
  it('reports every hostile file by name with its reason, writes only the valid ones, exit code 1', async () => {
    const files: Record<string, string | Buffer> = {
      'empty.txt': '',
      'blank.txt': '  \n\n\t  \n',
      'big.txt': 'Pakistan accused Afghanistan of shelling border villages. '.repeat(100),
      'invalid-utf8.txt': INVALID_UTF8,
      'binary.txt': binaryBytes(3000),
      'binary.json': binaryBytes(3000),
      'image.png': binaryBytes(100),
      'broken.jsonl': `{"id":"${p}l1","text":"Turkey mediated between Pakistan and Afghanistan."}\n{"id":\n\u0000\u0001\n`,
      'script.html': `<html><head><title>Talks</title><script>document.write("Pakistan attacked India.")</script></head><body><article><p>Turkey mediated between Pakistan and Afghanistan in Istanbul.</p><script>alert(1)</script></article></body></html>`,
      'injection.md': `---\nid: ${p}md-"}) MATCH (n) DETACH DELETE n //\ntitle: {"query": "{ __schema { types { name } } }"}\n---\nPakistan accused Afghanistan of "}) MATCH (n) DETACH DELETE n //.\n`,
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    const before = await totals();
    const actorsBefore = new Set(await graph.read('test/actor-ids', async (tx) => (await tx.run('MATCH (a:Actor) RETURN a.id AS id')).records.map((r) => String(r.get('id')))));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', dir, path.join(dir, 'image.png'), path.join(dir, 'missing.txt'), '--json', '--no-progress'], {
      encoding: 'utf8',
      env: childEnv({ KG_MAX_ARTICLE_BYTES: '3000' }),
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(1);
    const summary = JSON.parse(result.stdout) as { items: number; new: number; failed: number; failures: Array<{ origin: string; reason: string }> };
    const reasons = Object.fromEntries(summary.failures.map((f) => [path.basename(f.origin), f.reason]));
    figure('kg ingest hostile files: failures', reasons);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['blank.txt']).toMatch(/empty/);
    expect(reasons['big.txt']).toMatch(/over the limit of 3000/);
    expect(reasons['invalid-utf8.txt']).toMatch(/UTF-8/);
    expect(reasons['binary.txt']).toMatch(/UTF-8|binary/);
    expect(reasons['binary.json']).toMatch(/UTF-8|JSON/);
    expect(reasons['image.png']).toMatch(/unsupported/);
    expect(reasons['missing.txt']).toMatch(/no such file/);
    expect(Object.keys(reasons).some((k) => k.startsWith('broken.jsonl:2'))).toBe(true);
    // Written: the JSONL line, the HTML article and the Markdown one (3 articles), nothing else.
    expect(summary.new).toBe(3);
    const after = await totals();
    expect(after['articles']).toBe((before['articles'] ?? 0) + 3);
    expect(after['pwned']).toBe(0);
    const html = await graph.read('test/html', async (tx) => (await tx.run("MATCH (a:Article {title: 'Talks'}) RETURN a.text AS t, a.id AS id")).records.map((r) => ({ text: String(r.get('t')), id: String(r.get('id')) })));
    expect(html).toHaveLength(1);
    expect(html[0]!.text).not.toMatch(/alert|document\.write|attacked India/);
    const md = await storedArticle(`${p}md-"}) MATCH (n) DETACH DELETE n //`);
    expect(md?.title).toBe('{"query": "{ __schema { types { name } } }"}');
    // The HTML article's id is derived from its text, not prefixed: delete it and what it wrote.
    // The real extractor's actors are not prefixed either: delete those this run created.
    await graph.write('test/clean-html', (tx) => tx.run('MATCH (a:Article {id: $id}) OPTIONAL MATCH (m:Mention)-[:IN_ARTICLE]->(a) DETACH DELETE m, a', { id: html[0]!.id }));
    await graph.write('test/clean-actors', (tx) => tx.run('MATCH (a:Actor) WHERE NOT a.id IN $ids DETACH DELETE a', { ids: [...actorsBefore] }));
  });
});
