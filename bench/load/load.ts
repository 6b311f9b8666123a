import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export interface LoadOptions {
  /** Seconds of load (default 30). */
  readonly durationSeconds?: number;
  /** Concurrent HTTP connections (default 10). */
  readonly connections?: number;
  /** Articles of the synthetic seed (default 2000). */
  readonly articles?: number;
  /** Environment of the server process (NEO4J_URI …); the parent's by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Delete the seed when done. */
  readonly clean?: boolean;
  readonly prefix?: string;
}

export interface LoadResult {
  readonly durationSeconds: number;
  readonly connections: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  /** Socket errors, timeouts, non-2xx answers and 200 answers holding GraphQL `errors`. */
  readonly errors: { readonly socket: number; readonly timeouts: number; readonly non2xx: number; readonly graphql: number };
  /** Server RSS (MB): after seeding and warm-up, at the end, and the highest sample. */
  readonly rssMb: { readonly before: number; readonly after: number; readonly max: number };
  /** Each query alone after the warm-up, median of 3 (ms): where the time goes. */
  readonly singleMs: Readonly<Record<string, number>>;
}

const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function startServer(options: LoadOptions): Promise<{ child: ChildProcess; url: string; hubs: Array<{ id: string; name: string }> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      ...(options.env ?? process.env),
      KG_LOAD_ARTICLES: String(options.articles ?? 2000),
      KG_LOAD_PREFIX: options.prefix ?? 'load-',
      KG_LOAD_CLEAN: options.clean ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('READY ')) {
      const ready = JSON.parse(line.slice(6)) as { url: string; hubs: Array<{ id: string; name: string }> };
      return { child, ...ready };
    }
  }
  throw new Error(`the load server exited (code ${child.exitCode}) before it was ready`);
}

/** The main read queries of the explorer and API clients, rotated over the connections. */
function queries(hubs: Array<{ id: string; name: string }>): Array<{ name: string; query: string; variables?: Record<string, unknown> }> {
  const [a, b] = [hubs[0]!, hubs[1] ?? hubs[0]!];
  return [
    { name: 'actor with relations and evidence', query: 'query ($id: ID!) { actor(id: $id) { name degree relations(first: 10) { totalCount nodes { type target { name } evidence(first: 2) { sentence } } } } }', variables: { id: a.id } },
    { name: 'relations by type', query: '{ relations(filter: { types: [ACCUSES, ATTACKS] }, first: 20) { totalCount nodes { id count source { name } target { name } } } }' },
    { name: 'searchActors', query: 'query ($q: String!) { searchActors(query: $q, first: 10) { actor { id name } } }', variables: { q: a.name.split(' ')[0] } },
    { name: 'egoNetwork depth 2', query: 'query ($id: ID!) { egoNetwork(actor: $id, depth: 2, limit: 200) { nodes { id label } edges { id weight } truncated } }', variables: { id: a.id } },
    { name: 'paths', query: 'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 3) { length nodes { id } } }', variables: { a: a.id, b: b.id } },
    { name: 'timeline', query: 'query ($a: ID!, $b: ID!) { timeline(a: $a, b: $b, bucket: MONTH) { start total } }', variables: { a: a.id, b: b.id } },
    { name: 'articles', query: '{ articles(first: 20) { totalCount nodes { id title published } } }' },
  ];
}

/**
 * A bounded load run: starts the server process, warms up, then `durationSeconds` of autocannon
 * over the main read queries, sampling the server's RSS every second. Only 127.0.0.1.
 */
export async function runLoad(options: LoadOptions = {}): Promise<LoadResult> {
  const durationSeconds = options.durationSeconds ?? 30;
  const connections = options.connections ?? 10;
  const { child, url, hubs } = await startServer(options);
  try {
    const list = queries(hubs);
    const requests = list.map((q) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }) }));
    let graphqlErrors = 0;
    const check = (_status: number, body: string): void => {
      if (body.includes('"errors"')) graphqlErrors += 1;
    };
    // Warm-up: query plans cached, JIT warm, pools filled; then the memory baseline.
    await autocannon({ url, connections, duration: 3, requests: requests.map((r) => ({ ...r })) });
    const singleMs: Record<string, number> = {};
    for (const [i, q] of list.entries()) {
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const started = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requests[i]!.body });
        await res.text();
        times.push(performance.now() - started);
      }
      singleMs[q.name] = Math.round(times.sort((x, y) => x - y)[1]!);
    }
    const before = await rssMb(child.pid!);
    let max = before;
    const sampler = setInterval(() => {
      void rssMb(child.pid!).then((mb) => {
        max = Math.max(max, mb);
      });
    }, 1000);
    const result = await autocannon({
      url,
      connections,
      duration: durationSeconds,
      requests: requests.map((r) => ({ ...r, onResponse: check })),
    });
    clearInterval(sampler);
    const after = await rssMb(child.pid!);
    return {
      durationSeconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: { socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlErrors },
      rssMb: { before, after, max: Math.max(max, after) },
      singleMs,
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
