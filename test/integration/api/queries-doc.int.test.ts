import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { EXAMPLE_QUERY } from '../../../src/cli/commands/start.js';
import type { Article, ExtractionResult } from '../../../src/domain/index.js';
import { createExtractor, toArticle, type ExtractOptions, type Extractor } from '../../../src/extract/index.js';
import { ingestMany, type LoadedItem } from '../../../src/ingest/index.js';
import { loadPaths } from '../../../src/ingest/loaders/index.js';
import { testEndpoint, uniquePrefix } from '../../support/neo4j.js';
import { cleanup, KEYS, startTestApi, type TestApi } from './support.js';

/**
 * docs/queries.md cannot rot: every ```graphql block in it runs, in the document's order, against
 * the bundled samples ingested with the real extractor, and must answer without errors and with
 * something in it. Mutations run with a write key; the subscription is opened over graphql-ws and
 * must receive an event from the next mutation (the document's ingestArticle).
 *
 * Isolation: the samples are ingested with this file's prefix on every actor and article id (the
 * real extractor's result, re-keyed), and the document's id literals (`"pakistan"`,
 * `"pakistan|ACCUSES|afghan-taliban"`, `"sample-gaza-ceasefire"`) are re-keyed the same way before
 * they run, so the curation examples merge and retract only this file's copies.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOC = readFileSync(path.join(ROOT, 'docs', 'queries.md'), 'utf8');

interface DocBlock {
  readonly heading: string;
  readonly source: string;
}

/** Each graphql block with the `###` heading above it. */
function graphqlBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let heading = '(no heading)';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('### ')) heading = line.slice(4).trim();
    if (line.trim() === '```graphql') {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i]?.trim() !== '```'; i++) body.push(lines[i] ?? '');
      blocks.push({ heading, source: body.join('\n') });
    }
  }
  return blocks;
}

const BLOCKS = graphqlBlocks(DOC);
/** The README's examples run too, after the document's (their mutations come last). */
const README_BLOCKS = graphqlBlocks(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
const p = uniquePrefix('doc');
const knownIds = new Set<string>();
let lastAuditId: string | null = null;
const squash = (q: string): string => q.replace(/\s+/g, ' ').trim();

/** The real extractor, with this file's prefix on every actor id it returns. */
class PrefixingExtractor implements Extractor {
  private readonly inner = createExtractor({});

  extract(article: Article, options?: ExtractOptions): ExtractionResult {
    const result = this.inner.extract(article, options);
    const id = (actorId: string): string => {
      knownIds.add(actorId);
      return `${p}${actorId}`;
    };
    return {
      id: result.id,
      actors: result.actors.map((a) => ({ ...a, id: id(a.id), affiliation: a.affiliation === null ? null : id(a.affiliation) })),
      relations: result.relations.map((r) => ({
        ...r,
        source: id(r.source),
        target: id(r.target),
        claimant: r.claimant === null ? null : id(r.claimant),
      })),
    };
  }
}

/** The samples with this file's prefix on their article ids (the ids `npm start` gives them, prefixed). */
async function* prefixedSamples(): AsyncGenerator<LoadedItem> {
  for await (const item of loadPaths([path.join(ROOT, 'samples')])) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const original = item.input.id ?? toArticle(item.input).id;
    knownIds.add(original);
    yield { ...item, input: { ...item.input, id: `${p}${original}` } };
  }
}

/** The document's id literals, re-keyed to this file's copies; audit ids become the newest of ours. */
function localise(source: string): string {
  for (const m of source.matchAll(/ingestArticle\(input:\s*\{\s*id:\s*"([^"]+)"/g)) if (m[1]) knownIds.add(m[1]);
  return source.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, value: string) => {
    const [s, type, t, ...rest] = value.split('|');
    if (s !== undefined && type !== undefined && t !== undefined && rest.length === 0 && knownIds.has(s) && knownIds.has(t)) {
      return JSON.stringify(`${p}${s}|${type}|${p}${t}`);
    }
    if (knownIds.has(value)) return JSON.stringify(`${p}${value}`);
    if (value.startsWith('audit-')) {
      if (lastAuditId === null) throw new Error(`The document reverts ${value} before any audited change of this test`);
      return JSON.stringify(lastAuditId);
    }
    return whole;
  });
}

/** Nothing in it: null, an empty list, a connection without nodes, or an object of such. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0 || value.every(isEmpty);
  if (typeof value === 'object') {
    const nodes = (value as { nodes?: unknown }).nodes;
    if (Array.isArray(nodes)) return isEmpty(nodes);
    return Object.values(value).every(isEmpty);
  }
  return false;
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

let api: TestApi;
let url: string;
let client: Client | null = null;
/** The document's subscription, waiting for the event the next mutation should cause. */
let pendingEvent: Promise<GraphQLResponse> | null = null;

async function post(query: string, key: string | null): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLResponse;
}

async function newestAuditId(): Promise<string | null> {
  const database = testEndpoint().database ?? undefined;
  const { records } = await api.driver.executeQuery(
    'MATCH (e:AuditEntry) WHERE e.targetId STARTS WITH $p RETURN e.id AS id ORDER BY e.at DESC LIMIT 1',
    { p },
    database ? { database } : {},
  );
  const id: unknown = records[0]?.get('id');
  return typeof id === 'string' ? id : null;
}

function subscribe(query: string): Promise<GraphQLResponse> {
  client ??= createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  const c = client;
  return new Promise((resolve, reject) => {
    const unsubscribe = c.subscribe<Record<string, unknown>>(
      { query },
      {
        next: (value) => {
          unsubscribe();
          resolve(value as GraphQLResponse);
        },
        error: reject,
        complete: () => reject(new Error('the subscription ended without an event')),
      },
    );
  });
}

beforeAll(async () => {
  const extractor = new PrefixingExtractor();
  api = await startTestApi({ extractor, anonymousRead: true });
  url = await api.server.listen(0, '127.0.0.1');
  const summary = await ingestMany(prefixedSamples(), { graph: api.graph, extractor, maxArticleBytes: 2_000_000 });
  expect(summary.failures).toEqual([]);
  expect(summary.items).toBeGreaterThan(0);
});

afterAll(async () => {
  await client?.dispose();
  if (api) {
    await cleanup(api, p);
    await api.stop();
  }
});

describe('docs/queries.md', () => {
  it('has a block for every query, mutation and the subscription, and the query npm start prints', () => {
    const operations = BLOCKS.map((b) => /^\s*(mutation|subscription)?\s*\{\s*(\w+)/.exec(b.source)?.[2]);
    for (const field of [
      'health', 'actor', 'searchActors', 'actors', 'relation', 'relations', 'article', 'articles', 'egoNetwork',
      'paths', 'timeline', 'stats', 'auditLog', 'ingestArticle', 'mergeActors', 'addAlias', 'retractRelation',
      'revert', 'relationAdded',
    ]) {
      expect(operations).toContain(field);
    }
    expect(BLOCKS.map((b) => squash(b.source))).toContain(squash(EXAMPLE_QUERY));
  });

  for (const [index, block] of BLOCKS.entries()) {
    it(`block ${index + 1}: ${block.heading}`, async () => {
      const query = localise(block.source);
      if (/^\s*subscription\b/.test(query)) {
        const before = api.server.events.subscriberCount;
        pendingEvent = subscribe(query);
        // The server registers the subscription asynchronously; the next block publishes.
        for (let i = 0; i < 200 && api.server.events.subscriberCount === before; i++) await new Promise((r) => setTimeout(r, 25));
        expect(api.server.events.subscriberCount).toBe(before + 1);
        return;
      }
      const mutation = /^\s*mutation\b/.test(query);
      const result = await post(query, mutation ? KEYS.write : null);
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
      for (const [field, value] of Object.entries(result.data ?? {})) {
        expect(isEmpty(value), `${field} answered nothing: ${JSON.stringify(value)}`).toBe(false);
      }
      if (mutation) {
        lastAuditId = (await newestAuditId()) ?? lastAuditId;
        if (pendingEvent) {
          const event = await pendingEvent;
          pendingEvent = null;
          expect(event.errors).toBeUndefined();
          expect(isEmpty(event.data)).toBe(false);
        }
      }
      if (squash(block.source) === squash(EXAMPLE_QUERY)) {
        // What `npm start` promises: Pakistan accuses the Afghan Taliban, with the sentences.
        const relations = (result.data?.['relations'] as { nodes: Array<Record<string, unknown>> }).nodes;
        expect(relations).toEqual([
          expect.objectContaining({
            source: { name: 'Pakistan' },
            type: 'ACCUSES',
            target: { name: 'Afghan Taliban' },
            evidence: expect.arrayContaining([expect.objectContaining({ sentence: expect.stringContaining('accused the Afghan Taliban') })]),
          }),
        ]);
      }
    });
  }
});

describe('README.md', () => {
  it('shows the query npm start prints', () => {
    expect(README_BLOCKS.map((b) => squash(b.source))).toContain(squash(EXAMPLE_QUERY));
  });

  for (const [index, block] of README_BLOCKS.entries()) {
    it(`example ${index + 1}: ${squash(block.source).slice(0, 60)}`, async () => {
      const mutation = /^\s*mutation\b/.test(block.source);
      const result = await post(localise(block.source), mutation ? KEYS.write : null);
      expect(result.errors).toBeUndefined();
      for (const [field, value] of Object.entries(result.data ?? {})) {
        expect(isEmpty(value), `${field} answered nothing: ${JSON.stringify(value)}`).toBe(false);
      }
    });
  }
});
