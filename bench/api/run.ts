/**
 * `npm run bench:api -- [--actors 100000] [--relations 1000000] [--seed 7]
 *   [--dir .data/neo4j-bench-api] [--heap 4g] [--page-cache 4g] [--iterations 200] [--warmup 30]
 *   [--concurrency 16] [--seconds 5] [--budget 60] [--systems ours,raw,neo4j-graphql] [--ops 0,1,2,3,4]
 *   [--reload] [--keep-running] [--json FILE] [--cpu-prof DIR]`
 *
 * Read performance of our GraphQL API against (b) raw neo4j-driver Cypher returning the same data
 * and (c) the API @neo4j/graphql generates over the same database, in one run, on one graph, warm.
 *
 * The graph (bench/api/synthetic-graph.ts) lives in a DEDICATED local Neo4j data directory and is
 * cached between runs: a `:BenchGraph` marker node holds the generator's parameters, and the
 * directory is wiped and reloaded only when they differ (or with --reload). The two API servers
 * run in child processes (bench/api/serve.ts), so the load generator does not share their event
 * loop; "raw" runs in this process over the driver, without HTTP.
 *
 * Per operation and system: `--warmup` requests, then `--iterations` sequential requests
 * (latency p50/p95/p99 at concurrency 1; a series stops after `--budget` seconds and says how
 * many requests it ran), then `--concurrency` workers for `--seconds` (throughput). Prints a Markdown table (and the JSON with --json).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { findOrStartNeo4j, type Neo4jInstance, stopLocal } from '../../src/db/index.js';
import { RELATION_TYPES, type RelationType } from '../../src/domain/index.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { ensureSchema } from '../../src/graph/schema.js';
import { backfillStrongest } from '../../src/graph/strongest.js';
import { actorPool } from '../synthetic/actors.js';
import { createRandom } from '../synthetic/random.js';
import { type GraphqlRequest, type Operation, OPERATIONS, type Samples } from './operations.js';
import { type GraphParams, loadGraph, paramsKey } from './synthetic-graph.js';

const { values: args } = parseArgs({
  options: {
    actors: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '7' },
    dir: { type: 'string', default: '.data/neo4j-bench-api' },
    heap: { type: 'string', default: '4g' },
    'page-cache': { type: 'string', default: '4g' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '5' },
    /** Time budget of one latency series: slow systems stop early and report how many they ran. */
    budget: { type: 'string', default: '60' },
    /** A request still unanswered after this many seconds is abandoned and counted as failed. */
    'request-timeout': { type: 'string', default: '60' },
    systems: { type: 'string', default: 'ours,raw,neo4j-graphql' },
    ops: { type: 'string', default: '' },
    samples: { type: 'string', default: '50' },
    reload: { type: 'boolean', default: false },
    'keep-running': { type: 'boolean', default: false },
    json: { type: 'string' },
    /** Writes a V8 CPU profile of each API server process into this directory (open in Chrome DevTools). */
    'cpu-prof': { type: 'string' },
  },
});

const params: GraphParams = {
  actors: Number(args.actors),
  relations: Number(args.relations),
  seed: Number(args.seed),
  perArticle: 10,
  from: '2021-01-01',
  to: '2025-12-31',
};
const t0 = performance.now();
const log = (m: string): void => void process.stderr.write(`bench:api ${Math.round((performance.now() - t0) / 1000)}s ${m}\n`);

type System = 'ours' | 'raw' | 'neo4j-graphql';

async function startDatabase(dir: string): Promise<Neo4jInstance> {
  const config = loadConfig({});
  return findOrStartNeo4j(
    { ...config.neo4j, uri: null, local: { ...config.neo4j.local, dir, port: 0, heap: args.heap, pageCache: args['page-cache'] } },
    { allowContainer: false, ...(args['keep-running'] ? {} : { parentPid: process.pid }), log },
  );
}

async function markerKey(driver: Driver): Promise<string | null> {
  const res = await driver.executeQuery('MATCH (b:BenchGraph {id: "api"}) RETURN b.key AS key', {}, { routing: 'READ' });
  const key = res.records[0]?.get('key');
  return typeof key === 'string' ? key : null;
}

/** The database with the graph of `params`: reused when its marker matches, else rebuilt. */
async function prepareDatabase(): Promise<{ instance: Neo4jInstance; driver: Driver; loaded: string }> {
  const dir = path.resolve(args.dir);
  const key = paramsKey(params);
  let instance = await startDatabase(dir);
  let driver = createDriver(instance);
  const found = await markerKey(driver);
  if (found === key && !args.reload) return { instance, driver, loaded: 'cached' };
  log(found === null ? 'no cached graph: loading' : `cached graph differs (${found}): reloading`);
  await driver.close();
  await instance.stop();
  await stopLocal(dir);
  await rm(dir, { recursive: true, force: true });
  instance = await startDatabase(dir);
  driver = createDriver(instance);
  const graph = new Graph(driver, instance, { txTimeoutMs: 600_000 });
  await ensureSchema(graph);
  const report = await loadGraph(driver, undefined, params, log);
  // The write path keeps each actor's list of strongest edges; a bulk load computes them after.
  const listsStart = Date.now();
  const listed = await backfillStrongest(graph);
  log(`lists of strongest edges of ${listed} actors computed in ${Math.round((Date.now() - listsStart) / 1000)} s`);
  await driver.executeQuery('CREATE (:BenchGraph {id: "api", key: $key, loadedAt: datetime(), report: $report})', {
    key,
    report: JSON.stringify(report),
  });
  log(`loaded ${JSON.stringify(report)}`);
  return { instance, driver, loaded: `loaded in ${report.seconds} s` };
}

async function drawSamples(driver: Driver, n: number): Promise<Samples> {
  const pool = actorPool(params.actors, params.seed);
  const rnd = createRandom(params.seed + 1000);
  const draw = (): string => pool[rnd.zipf(pool.length)]!.id;
  const actors = Array.from({ length: n }, draw);
  const pairs: Array<[string, string]> = [];
  for (const a of actors) {
    const res = await driver.executeQuery(
      'MATCH (a:Actor {id: $a})-[r]-(b:Actor) WITH b, r ORDER BY r.articleCount DESC, b.id LIMIT 1 RETURN b.id AS b',
      { a },
      { routing: 'READ' },
    );
    const b = res.records[0]?.get('b');
    if (typeof b === 'string') pairs.push([a, b]);
  }
  const far: Array<[string, string]> = [];
  while (far.length < n) {
    const a = draw();
    const b = draw();
    if (a !== b) far.push([a, b]);
  }
  const from = Date.parse(`${params.from}T00:00:00Z`);
  const windows = Array.from({ length: n }, () => {
    const start = from + rnd.int(0, 5 * 365 - 90) * 86_400_000;
    return {
      type: RELATION_TYPES[rnd.int(0, RELATION_TYPES.length - 1)] as RelationType,
      since: new Date(start).toISOString().slice(0, 10),
      until: new Date(start + 89 * 86_400_000).toISOString().slice(0, 10),
    };
  });
  return { actors, pairs, far, windows };
}

/** Starts an API server child process and resolves to its GraphQL URL. */
async function startServer(kind: 'ours' | 'neo4j-graphql', uri: string): Promise<{ url: string; child: ChildProcess }> {
  const prof = args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(args['cpu-prof'])] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', path.resolve(import.meta.dirname, 'serve.ts'), kind, uri], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // Both servers run as deployed: graphql-js skips its development-only checks in production.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    lines.on('line', (line) => {
      if (line.startsWith('LISTENING ')) resolve(line.slice('LISTENING '.length).trim());
    });
  });
  return { url, child };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a GraphQL request over a keep-alive connection; rejects on HTTP or GraphQL errors. */
function post(url: string, body: GraphqlRequest): Promise<unknown> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const json = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
            if (res.statusCode !== 200 || (json.errors?.length ?? 0) > 0) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
            else resolve(json.data);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.setTimeout(Number(args['request-timeout']) * 1000, () => req.destroy(new Error(`no answer in ${args['request-timeout']} s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

interface Measure {
  op: string;
  system: System;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Requests in the latency series (fewer than --iterations when the budget ran out). */
  n: number;
  /** Failed requests (timeouts, errors) in both phases; they count in no figure. */
  errors: number;
  firstError: string | null;
  rps: number;
  bytes: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

async function measure(op: Operation, system: System, strictCall: (i: number) => Promise<unknown>): Promise<Measure> {
  let errors = 0;
  let firstError: string | null = null;
  // A failed request (a database timeout under load) is counted and reported, not fatal.
  const call = async (i: number): Promise<boolean> => {
    try {
      await strictCall(i);
      return true;
    } catch (error) {
      errors += 1;
      firstError ??= (error instanceof Error ? error.message : String(error)).slice(0, 200);
      return false;
    }
  };
  const warmup = Number(args.warmup);
  const iterations = Number(args.iterations);
  let i = 0;
  let bytes = 0;
  try {
    bytes = JSON.stringify(await strictCall(i++)).length;
  } catch (error) {
    errors += 1;
    firstError = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  }
  const budgetMs = Number(args.budget) * 1000;
  const warmEnd = performance.now() + budgetMs / 2;
  for (; i < warmup && performance.now() < warmEnd; i++) await call(i);
  const times: number[] = [];
  const end = performance.now() + budgetMs;
  for (let k = 0; k < iterations && performance.now() < end; k++, i++) {
    const t = performance.now();
    if (await call(i)) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  // A system that could not answer 10 requests inside the latency budget would only pile abandoned
  // queries onto the database under 16-way load: no throughput figure for it.
  const concurrency = times.length < 10 ? 0 : Number(args.concurrency);
  const until = performance.now() + Number(args.seconds) * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        if (await call(i++)) done += 1;
      }
    }),
  );
  const rps = concurrency === 0 ? Number.NaN : done / ((performance.now() - started) / 1000);
  const result = {
    op: op.name,
    system,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    mean: round(times.reduce((s, x) => s + x, 0) / times.length),
    n: times.length,
    errors,
    firstError,
    rps: round(rps, 0),
    bytes,
  };
  log(JSON.stringify(result));
  return result;
}

async function main(): Promise<void> {
  const load0 = os.loadavg();
  const { instance, driver, loaded } = await prepareDatabase();
  log(`neo4j ${instance.uri} (${loaded})`);
  const samples = await drawSamples(driver, Number(args.samples));
  const systems = new Set(args.systems.split(',') as System[]);
  const ops = args.ops === '' ? OPERATIONS : args.ops.split(',').map((k) => OPERATIONS[Number(k)]!);
  const servers: Array<{ child: ChildProcess }> = [];
  const results: Measure[] = [];
  try {
    const ours = systems.has('ours') ? await startServer('ours', instance.uri) : null;
    const ogm = systems.has('neo4j-graphql') ? await startServer('neo4j-graphql', instance.uri) : null;
    for (const s of [ours, ogm]) if (s) servers.push(s);
    for (const op of ops) {
      if (ours) results.push(await measure(op, 'ours', (i) => post(ours.url, op.ours(samples, i))));
      if (systems.has('raw')) results.push(await measure(op, 'raw', (i) => op.raw(driver, samples, i)));
      const build = op.neo4jGraphql;
      if (ogm && build) results.push(await measure(op, 'neo4j-graphql', (i) => post(ogm.url, build(samples, i))));
    }
  } finally {
    // Wait for the servers to exit, so their CPU profiles (--cpu-prof) are written.
    await Promise.all(servers.map((s) => new Promise((resolve) => { s.child.once('exit', resolve); s.child.kill('SIGTERM'); })));
    agent.destroy();
    await driver.close();
    if (!args['keep-running']) await instance.stop();
  }
  const load1 = os.loadavg();
  const stats = `${params.actors} actors, ${params.relations} relations (evidence mentions) over ${params.from} … ${params.to}, seed ${params.seed}; graph ${loaded}`;
  process.stdout.write(`${report(results, ops, stats, load0, load1)}\n`);
  if (args.json) await writeFile(args.json, JSON.stringify({ params, stats, load: [load0, load1], results }, null, 2));
}

function report(results: readonly Measure[], ops: readonly Operation[], stats: string, load0: number[], load1: number[]): string {
  const get = (op: string, s: System): Measure | undefined => results.find((r) => r.op === op && r.system === s);
  const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined ? '–' : `${round(a / b)}×`);
  const cell = (m: Measure | undefined): string =>
    m === undefined
      ? 'n/a'
      : `${m.p50} / ${m.p95} / ${m.p99}${m.n < Number(args.iterations) ? ` (n=${m.n})` : ''}${m.errors > 0 ? ` (${m.errors} failed)` : ''}`;
  const lines = [
    `Graph: ${stats}. Concurrency 1: ${args.iterations} requests after ${args.warmup} warm-up; throughput: ${args.concurrency} concurrent for ${args.seconds} s.`,
    `Load average (1/5/15 min) before: ${load0.map((x) => round(x)).join(' ')}, after: ${load1.map((x) => round(x)).join(' ')}; ${os.cpus().length} cores.`,
    '',
    '| operation | ours p50 / p95 / p99 ms | raw Cypher p50 / p95 / p99 ms | @neo4j/graphql p50 / p95 / p99 ms | ours / raw (p50, p99) | ours / @neo4j/graphql (p50) | req/s ours · raw · @neo4j/graphql (c=16) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const op of ops) {
    const o = get(op.name, 'ours');
    const r = get(op.name, 'raw');
    const g = get(op.name, 'neo4j-graphql');
    lines.push(
      `| ${op.name} | ${cell(o)} | ${cell(r)} | ${cell(g)} | ${ratio(o?.p50, r?.p50)}, ${ratio(o?.p99, r?.p99)} | ${ratio(o?.p50, g?.p50)} | ${o?.rps ?? 'n/a'} · ${r?.rps ?? 'n/a'} · ${g?.rps ?? 'n/a'} |`,
    );
  }
  lines.push('', ...ops.map((op) => `- ${op.name}, @neo4j/graphql: ${op.note}.`));
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

