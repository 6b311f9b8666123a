import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { sha256Hex } from '../../src/api/auth.js';
import type { Extractor } from '../../src/extract/index.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import type { LoadedItem } from '../../src/ingest/index.js';
import { isAlive, readState } from '../../src/db/local-state.js';
import { startLocal, stopLocal } from '../../src/db/index.js';
import { createServer, type KgServer } from '../../src/server/create-server.js';
import { generateArticles, prefixActors } from '../../bench/synthetic/index.js';
import { testEndpoint } from '../support/neo4j.js';
import type { ExtractionResult } from '../../src/domain/index.js';

/**
 * Generated articles (ids `${prefix}art-…`, actor ids `${prefix}…`) and an extractor that returns
 * each one's ground truth. Unlike `bench/synthetic`'s `syntheticSource`, the truth is kept (not
 * dropped once read), so several loaders and reruns can extract the same article.
 */
export function syntheticCorpus(prefix: string, n: number, seed = 7): { items: LoadedItem[]; extractor: Extractor; relations: number } {
  const truths = new Map<string, ExtractionResult>();
  const items: LoadedItem[] = [];
  let relations = 0;
  for (const article of generateArticles({ n, seed, actors: 120, idPrefix: `${prefix}art-`, targetBytes: 1500 })) {
    truths.set(article.input.id, prefixActors(article.truth, prefix));
    relations += article.truth.relations.length;
    items.push({ ok: true, origin: `gen#${items.length}`, input: article.input });
  }
  const extractor: Extractor = {
    extract: (a) => truths.get(a.id) ?? { id: a.id, actors: [], relations: [] },
  };
  return { items, extractor, relations };
}

/** Replays items as an async stream, the way a file loader hands them over. */
export async function* stream(items: readonly LoadedItem[]): AsyncGenerator<LoadedItem> {
  for (const item of items) yield item;
}

export interface GraphSnapshot {
  readonly actors: number;
  readonly articles: number;
  readonly mentions: number;
  readonly edges: number;
  /** Every aggregated edge with the prefix stripped from its id: `id count articleCount confidenceSum claimants`. */
  readonly edgeLines: string[];
  /** Mentions per article id (prefix stripped), to show no article is half-written. */
  readonly mentionsPerArticle: Map<string, number>;
}

/**
 * Everything stored under `prefix`, with the prefix removed so two loads of the same corpus under
 * different prefixes compare equal exactly when they built the same graph.
 */
export async function snapshot(graph: Graph, prefix: string): Promise<GraphSnapshot> {
  return graph.read('test/reliability-snapshot', async (tx) => {
    const one = async (q: string): Promise<number> => Number((await tx.run(q, { p: prefix })).records[0]?.get('n'));
    const strip = (s: string): string => s.split(prefix).join('');
    const edges = await tx.run(
      `MATCH (s:Actor)-[e]->(:Actor) WHERE s.id STARTS WITH $p
       RETURN e.id AS id, e.count AS count, e.articleCount AS ac, e.confidenceSum AS cs, e.claimantIds AS cl,
              toString(e.firstSeen) AS f, toString(e.lastSeen) AS l`,
      { p: prefix },
    );
    const perArticle = await tx.run(
      `MATCH (a:Article) WHERE a.id STARTS WITH $p
       OPTIONAL MATCH (m:Mention)-[:IN_ARTICLE]->(a)
       RETURN a.id AS id, count(m) AS n`,
      { p: prefix },
    );
    return {
      actors: await one('MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a) AS n'),
      articles: await one('MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN count(a) AS n'),
      mentions: await one('MATCH (m:Mention) WHERE m.articleId STARTS WITH $p RETURN count(m) AS n'),
      edges: edges.records.length,
      edgeLines: edges.records
        .map((r) => {
          const claimants = (r.get('cl') as string[]).map(strip).sort().join(',');
          const cs = Math.round(Number(r.get('cs')) * 1000) / 1000;
          return `${strip(String(r.get('id')))} ${Number(r.get('count'))} ${Number(r.get('ac'))} ${cs} [${claimants}] ${String(r.get('f'))}..${String(r.get('l'))}`;
        })
        .sort(),
      mentionsPerArticle: new Map(perArticle.records.map((r) => [strip(String(r.get('id'))), Number(r.get('n'))])),
    };
  });
}

/** Deletes everything under `prefix` (mentions, articles, actors with their edges), in chunks. */
export async function deletePrefix(graph: Graph, prefix: string): Promise<void> {
  const chunked = async (q: string): Promise<void> => {
    for (;;) {
      const n = await graph.write('test/reliability-clean', async (tx) => Number((await tx.run(q, { p: prefix })).records[0]?.get('n')));
      if (n === 0) return;
    }
  };
  await chunked('MATCH (m:Mention) WHERE m.articleId STARTS WITH $p WITH m LIMIT 5000 DETACH DELETE m RETURN count(*) AS n');
  await chunked('MATCH (a:Article) WHERE a.id STARTS WITH $p WITH a LIMIT 5000 DETACH DELETE a RETURN count(*) AS n');
  await chunked('MATCH (a:Actor) WHERE a.id STARTS WITH $p WITH a LIMIT 2000 DETACH DELETE a RETURN count(*) AS n');
}

/** A graph on the run's shared Neo4j with the production driver settings. */
export function sharedGraph(): Graph {
  const endpoint = testEndpoint();
  return new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: 30_000 });
}

export const KEYS = { read: 'reliability-read-key', write: 'reliability-write-key' } as const;

export interface ServerOptions {
  readonly anonymousRead?: boolean;
  readonly maxArticleBytes?: number;
  readonly maxBodyBytes?: number;
}

/** A real server (the production `createServer`) listening on 127.0.0.1 with a read and a write key. */
export async function startServer(
  graph: Graph,
  extractor: Extractor,
  options: ServerOptions = {},
): Promise<{ server: KgServer; url: string; base: string }> {
  const server = await createServer({
    graph,
    extractor,
    logger: pino({ level: process.env['KG_DEBUG'] ? 'debug' : 'silent' }),
    config: {
      http: { port: 0, host: '127.0.0.1', maxBodyBytes: options.maxBodyBytes ?? 1_000_000 },
      api: { maxPageSize: 100 },
      auth: {
        anonymousRead: options.anonymousRead ?? true,
        keys: [
          { name: 'reader', role: 'read', hash: sha256Hex(KEYS.read) },
          { name: 'writer', role: 'write', hash: sha256Hex(KEYS.write) },
        ],
      },
      ingest: { maxArticleBytes: options.maxArticleBytes ?? 100_000 },
    },
  });
  const url = await server.listen(0, '127.0.0.1');
  return { server, url: url.replace('localhost', '127.0.0.1'), base: url.replace('localhost', '127.0.0.1').replace(/\/graphql$/, '') };
}

export interface GraphQLResponse {
  readonly status: number;
  readonly ms: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
    error?: { code: string; message: string };
  };
}

/** POSTs a GraphQL request and times it. */
export async function gql(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const ms = performance.now() - started;
  return { status: res.status, ms, body: JSON.parse(text) as GraphQLResponse['body'] };
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Prints a figure for docs/reliability.md (the suite asserts behaviour, never speed). */
export function figure(name: string, value: unknown): void {
  process.stderr.write(`[figure] ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
}

/**
 * A Neo4j of its own for tests that kill and restart it: a fresh data directory under `.data/`,
 * a loopback port, and a JVM that stops by itself if the test runner dies.
 */
export interface DedicatedNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dir: string;
  readonly driver: Driver;
  /** SIGKILL, as a crash or an OOM kill would (no clean shutdown). */
  kill(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  restart(): Promise<void>;
  /** Stops it, closes the driver and deletes the data directory. */
  dispose(): Promise<void>;
}

const DEDICATED_PREFIX = 'neo4j-reliability-';

export async function startDedicatedNeo4j(name: string): Promise<DedicatedNeo4j> {
  const root = path.resolve('.data');
  // Directories of earlier runs whose runner is gone (the JVM has stopped by itself).
  for (const entry of await readdir(root).catch(() => [])) {
    const pid = new RegExp(`^${DEDICATED_PREFIX}.*-(\\d+)$`).exec(entry)?.[1];
    if (pid && !isAlive(Number(pid))) await rm(path.join(root, entry), { recursive: true, force: true });
  }
  const dir = path.join(root, `${DEDICATED_PREFIX}${name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  const local = { dir, port: 0, heap: '768m', pageCache: '128m', startTimeoutMs: 180_000 };
  const first = await startLocal(local, { parentPid: process.pid });
  const port = first.port;
  const driver = createDriver({ uri: first.uri, user: 'neo4j', password: null, database: null });
  return {
    uri: first.uri,
    port,
    dir,
    driver,
    kill: async () => {
      const state = await readState(dir);
      if (!state) throw new Error(`no running Neo4j in ${dir}`);
      process.kill(state.pid, 'SIGKILL');
      while (isAlive(state.pid)) await new Promise((r) => setTimeout(r, 50));
    },
    restart: async () => {
      const again = await startLocal({ ...local, port }, { parentPid: process.pid });
      if (again.uri !== first.uri) throw new Error(`restarted on ${again.uri}, not ${first.uri}`);
    },
    dispose: async () => {
      await driver.close();
      await stopLocal(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
