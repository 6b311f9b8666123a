/**
 * `npm run bench:ingest -- [--n 5000] [--batch-size N] [--writes-in-flight N] [--seed 42] [--actors 400] [--warmup 1000]
 *   [--phases e2e,rerun,write,raw,raw-indexed] [--extractor real|truth] [--dir .data/neo4j-bench]
 *   [--heap 2g] [--page-cache 2g] [--external] [--keep]`
 *
 * Measures ingestion on one set of generated articles, in one run, against a DEDICATED local
 * Neo4j on its own fresh data directory (`--dir`, wiped first, stopped and deleted at the end
 * unless --keep): never the test instance or the developer's `.data/neo4j`, whose contents would
 * change the numbers. `--external` uses NEO4J_URI instead (and deletes only what the run wrote).
 *
 * Phases, all on the same generated articles (same seed):
 *  - warm-up (untimed): `--warmup` other articles through the write path, so the JVM has compiled
 *    its hot paths and the query plans are cached before anything is timed;
 *  - e2e:   articles/s end to end (validate + extract + write, overlapped) through `ingestMany`;
 *  - rerun: the same articles again (all UNCHANGED: the resume path);
 *  - write: relations/s through the write path alone (`writeBatch` on pre-extracted batches,
 *           ground-truth extraction, fresh ids);
 *  - raw:   the same mention rows as plain `UNWIND $rows CREATE` into a label nothing indexes:
 *           the ceiling any write path on this machine can reach;
 *  - raw-indexed: the same again into a label with the same indexes as `:Mention`, to show how
 *           much of the gap is index maintenance alone.
 * Each row also gives CPU seconds of the loader process and of the Neo4j process (when it is the
 * local launcher), which vary far less than wall time on a busy machine, and the load average.
 * The RSS of the loader is sampled through the e2e phase (ten points) to show it stays flat.
 */
import { readFile, rm } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { findOrStartNeo4j, stopLocal } from '../src/db/index.js';
import { createExtractor, type Extractor, toArticle } from '../src/extract/index.js';
import { createDriver, Graph } from '../src/graph/graph.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_WRITES_IN_FLIGHT, ensureSchema, type IngestSummary, ingestMany, type LoadedItem } from '../src/ingest/index.js';
import { type PreparedArticle, prepareArticle } from '../src/ingest/prepare.js';
import { writeBatch } from '../src/ingest/write-batch.js';
import { generateArticles, prefixActors, syntheticSource } from './synthetic/index.js';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    'writes-in-flight': { type: 'string', default: String(DEFAULT_WRITES_IN_FLIGHT) },
    seed: { type: 'string', default: '42' },
    actors: { type: 'string', default: '400' },
    warmup: { type: 'string', default: '1000' },
    phases: { type: 'string', default: 'e2e,rerun,write,raw,raw-indexed' },
    extractor: { type: 'string', default: 'real' },
    dir: { type: 'string', default: '.data/neo4j-bench' },
    heap: { type: 'string', default: '2g' },
    'page-cache': { type: 'string', default: '2g' },
    external: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(args.n);
const batchSize = Number(args['batch-size']);
const writesInFlight = Number(args['writes-in-flight']);
const seed = Number(args.seed);
const actors = Number(args.actors);
const warmup = Number(args.warmup);
const phases = new Set(args.phases.split(','));
const useRealExtractor = args.extractor === 'real';

const collectGarbage = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** CPU seconds used so far by a process (`/proc/PID/stat` utime + stime), or null off Linux. */
async function processCpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Peak resident set of a process in MB (`VmHWM`), or null. */
async function processPeakRssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Prefixes actor ids of the real extractor's output so the run can be cleaned up. */
function prefixed(inner: Extractor, prefix: string): Extractor {
  return { extract: (article, options) => prefixActors(inner.extract(article, options), prefix) };
}

interface Row {
  phase: string;
  articles: number;
  relations: number;
  seconds: number;
  articlesPerSecond: number;
  relationsPerSecond: number;
  loaderCpu: number;
  neo4jCpu: number | null;
  load: number;
  note: string;
}

/** Times one phase: wall clock, loader CPU and Neo4j CPU. */
async function measure(neo4jPid: number | null, work: () => Promise<{ articles: number; relations: number; note: string }>, phase: string): Promise<Row> {
  const cpu0 = process.cpuUsage();
  const neo0 = neo4jPid === null ? null : await processCpuSeconds(neo4jPid);
  const t0 = performance.now();
  const { articles, relations, note } = await work();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const neo1 = neo4jPid === null ? null : await processCpuSeconds(neo4jPid);
  const row: Row = {
    phase,
    articles,
    relations,
    seconds: round(seconds, 2),
    articlesPerSecond: Math.round(articles / seconds),
    relationsPerSecond: Math.round(relations / seconds),
    loaderCpu: round((cpu.user + cpu.system) / 1e6),
    neo4jCpu: neo0 === null || neo1 === null ? null : round(neo1 - neo0),
    load: round(loadavg()[0] ?? 0, 2),
    note,
  };
  process.stderr.write(`${JSON.stringify(row)}\n`);
  return row;
}

/** Indexes of `:Mention` (cypher/schema/0xx-mention-*.cypher), repeated on the raw-indexed label. */
const MENTION_LIKE_INDEXES = [
  'CREATE CONSTRAINT bench_mention_id IF NOT EXISTS FOR (m:BenchIndexedMention) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX bench_mention_relation_id IF NOT EXISTS FOR (m:BenchIndexedMention) ON (m.relationId)',
  'CREATE INDEX bench_mention_article_id IF NOT EXISTS FOR (m:BenchIndexedMention) ON (m.articleId)',
  'CREATE INDEX bench_mention_type_date IF NOT EXISTS FOR (m:BenchIndexedMention) ON (m.type, m.date)',
  'CREATE INDEX bench_mention_date IF NOT EXISTS FOR (m:BenchIndexedMention) ON (m.date)',
  'CREATE INDEX bench_mention_claimant_id IF NOT EXISTS FOR (m:BenchIndexedMention) ON (m.claimantId)',
];

async function main(): Promise<void> {
  const command = `npm run bench:ingest -- ${process.argv.slice(2).join(' ')}`.trim();
  const config = loadConfig();
  const dir = path.resolve(args.dir);
  if (args.external && config.neo4j.uri === null) throw new Error('--external needs NEO4J_URI');
  if (!args.external) {
    await stopLocal(dir);
    await rm(dir, { recursive: true, force: true });
  }
  const endpoint = await findOrStartNeo4j(
    args.external
      ? config.neo4j
      : { ...config.neo4j, uri: null, local: { ...config.neo4j.local, dir, port: 0, heap: args.heap, pageCache: args['page-cache'] } },
    // Without --keep the database dies with this process, even if it is killed.
    { allowContainer: false, ...(args.keep ? {} : { parentPid: process.pid }) },
  );
  const neo4jPid = endpoint.kind === 'local' ? endpoint.pid : null;
  const graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: 300_000 });
  const run = `b${Date.now().toString(36)}-`;
  process.stderr.write(`bench:ingest n=${n} batch=${batchSize} seed=${seed} actors=${actors} run=${run} neo4j=${endpoint.uri} (${endpoint.kind}, pid ${neo4jPid ?? '-'})\n`);
  await ensureSchema(graph);
  const version = await graph.read('bench/version', (tx) => tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS v'));
  const neo4jVersion = String(version.records[0]?.get('v') ?? '?');
  const rows: Row[] = [];
  const rssSamples: Array<[number, number, number]> = [];
  const loadAtStart = loadavg().map((x) => round(x, 2));

  /** Pre-extracted batches (ground truth) of the run's articles under an id prefix. */
  const preparedBatches = (count: number, batchSeed: number, prefix: string): PreparedArticle[][] => {
    const batches: PreparedArticle[][] = [];
    let current: PreparedArticle[] = [];
    for (const a of generateArticles({ n: count, seed: batchSeed, actors, idPrefix: prefix })) {
      current.push(prepareArticle(a.input.id, toArticle(a.input), prefixActors(a.truth, prefix)));
      if (current.length === batchSize) {
        batches.push(current);
        current = [];
      }
    }
    if (current.length > 0) batches.push(current);
    return batches;
  };

  try {
    if (warmup > 0) {
      // A different seed: warms the JVM and the plan cache without pre-loading the measured rows.
      const t = performance.now();
      for (const batch of preparedBatches(warmup, seed + 1, `${run}u-`)) await writeBatch(graph, batch);
      process.stderr.write(`warm-up: ${warmup} articles in ${round((performance.now() - t) / 1000)} s (not timed)\n`);
    }

    if (phases.has('e2e')) {
      const prefix = `${run}e-`;
      const real = useRealExtractor ? prefixed(createExtractor({ lexiconFiles: config.extract.lexiconFiles }), prefix) : null;
      const makeSource = (): { source: AsyncIterable<LoadedItem>; extractor: Extractor } => {
        const s = syntheticSource({ n, seed, actors, idPrefix: prefix, actorPrefix: prefix, keepTruth: real === null });
        return { source: s.source, extractor: real ?? s.truthExtractor };
      };
      const every = Math.max(1, Math.floor(n / 10));
      let nextSample = every;
      rows.push(
        await measure(neo4jPid, async () => {
          const first = makeSource();
          const summary: IngestSummary = await ingestMany(
            first.source,
            { graph, extractor: first.extractor, maxArticleBytes: 10_000_000 },
            {
              batchSize,
              writesInFlight,
              onProgress: (p) => {
                if (p.done >= nextSample) {
                  // After a full collection (when node runs with --expose-gc, as `npm run
                  // bench:ingest` does) the heap shows what is retained, not what awaits collection.
                  collectGarbage?.();
                  const rss = mb(process.memoryUsage().rss);
                  rssSamples.push([p.done, rss, mb(process.memoryUsage().heapUsed)]);
                  nextSample += every;
                  // Streamed too, so a long run that is stopped still shows its curve.
                  const rate = Math.round(p.done / (p.elapsedMs / 1000));
                  process.stderr.write(`e2e: ${p.done} done, ${rate} articles/s, RSS ${rss} MB, heap ${mb(process.memoryUsage().heapUsed)} MB, load ${round(loadavg()[0] ?? 0, 2)}\n`);
                }
              },
            },
          );
          return {
            articles: summary.new,
            relations: summary.mentions,
            note: `${useRealExtractor ? 'real' : 'ground-truth'} extractor, failed ${summary.failed}`,
          };
        }, 'end-to-end (extract + write)'),
      );

      if (phases.has('rerun')) {
        rows.push(
          await measure(neo4jPid, async () => {
            const again = makeSource();
            const second = await ingestMany(again.source, { graph, extractor: again.extractor, maxArticleBytes: 10_000_000 }, { batchSize, writesInFlight });
            return { articles: second.unchanged, relations: 0, note: `all unchanged: new ${second.new}, updated ${second.updated}` };
          }, 'rerun (resume: nothing to write)'),
        );
      }
    }

    if (phases.has('write') || phases.has('raw') || phases.has('raw-indexed')) {
      // Pre-extracted outside the clock: ground truth, fresh ids, batches as the pipeline makes them.
      const batches = preparedBatches(n, seed, `${run}w-`);
      const mentions = batches.reduce((sum, b) => sum + b.reduce((s, p) => s + p.write.mentions.length, 0), 0);
      const rawRows = (batch: readonly PreparedArticle[]): Array<Record<string, unknown>> =>
        batch.flatMap((p) => p.write.mentions.map((m) => ({ ...m, articleId: p.article.id })));

      if (phases.has('write')) {
        rows.push(
          await measure(neo4jPid, async () => {
            for (const batch of batches) await writeBatch(graph, batch);
            return { articles: n, relations: mentions, note: 'actors, articles, mentions, aggregated edges (ground truth)' };
          }, 'write path only'),
        );
      }
      if (phases.has('raw')) {
        rows.push(
          await measure(neo4jPid, async () => {
            // The ceiling: the same rows, no MERGE, no lookups, no aggregates, a label nothing indexes.
            for (const batch of batches) {
              await graph.write('bench/raw-create', (tx) => tx.run('UNWIND $rows AS row CREATE (m:BenchRawMention) SET m = row', { rows: rawRows(batch) }));
            }
            return { articles: n, relations: mentions, note: 'same mention rows, one node each, no index' };
          }, 'raw UNWIND … CREATE (ceiling)'),
        );
      }
      if (phases.has('raw-indexed')) {
        for (const statement of MENTION_LIKE_INDEXES) await graph.write('bench/index', (tx) => tx.run(statement));
        await graph.read('bench/await-indexes', (tx) => tx.run('CALL db.awaitIndexes(300)'));
        rows.push(
          await measure(neo4jPid, async () => {
            for (const batch of batches) {
              await graph.write('bench/raw-create-indexed', (tx) => tx.run('UNWIND $rows AS row CREATE (m:BenchIndexedMention) SET m = row', { rows: rawRows(batch) }));
            }
            return { articles: n, relations: mentions, note: 'same rows, the 6 indexes of :Mention' };
          }, 'raw CREATE, indexed like :Mention'),
        );
      }
    }
  } finally {
    if (args.external && !args.keep) await cleanup(graph, run);
    await graph.close();
  }
  const neo4jPeak = neo4jPid === null ? null : await processPeakRssMb(neo4jPid);
  if (!args.external && !args.keep) {
    await endpoint.stop();
    await rm(dir, { recursive: true, force: true });
  }

  const write = rows.find((r) => r.phase === 'write path only');
  const raw = rows.find((r) => r.phase.startsWith('raw UNWIND'));
  const rawIndexed = rows.find((r) => r.phase.startsWith('raw CREATE, indexed'));
  const cpuModel = cpus()[0]?.model ?? 'cpu';
  const lines = [
    `command: ${command}`,
    `date: ${new Date().toISOString()}; node ${process.version}; Neo4j ${neo4jVersion} (${endpoint.kind}${args.external ? '' : `, heap ${args.heap}, page cache ${args['page-cache']}`})`,
    `machine: ${cpus().length} × ${cpuModel}, ${mb(totalmem())} MB RAM (${mb(freemem())} MB free at the end); load average at start ${loadAtStart.join(' ')}, at end ${loadavg().map((x) => round(x, 2)).join(' ')}`,
    `articles: ${n} (seed ${seed}, ${actors} actors), batch size ${batchSize}, writes in flight ${writesInFlight} (end to end), warm-up ${warmup}`,
    '',
    '| phase | articles | relations | seconds | articles/s | relations/s | loader CPU s | Neo4j CPU s | load (1 min) | note |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.phase} | ${r.articles} | ${r.relations} | ${r.seconds} | ${r.articlesPerSecond} | ${r.relationsPerSecond} | ${r.loaderCpu} | ${r.neo4jCpu ?? '–'} | ${r.load} | ${r.note} |`,
    ),
    '',
  ];
  const pct = (a: number, b: number): number => Math.round((100 * a) / b);
  if (write && raw) {
    lines.push(`write path / raw ceiling: ${pct(write.relationsPerSecond, raw.relationsPerSecond)}% of the relations/s` +
      (write.neo4jCpu && raw.neo4jCpu ? ` (${pct(raw.neo4jCpu, write.neo4jCpu)}% by Neo4j CPU per relation)` : ''));
  }
  if (write && rawIndexed) {
    lines.push(`write path / raw indexed like :Mention: ${pct(write.relationsPerSecond, rawIndexed.relationsPerSecond)}% of the relations/s` +
      (write.neo4jCpu && rawIndexed.neo4jCpu ? ` (${pct(rawIndexed.neo4jCpu, write.neo4jCpu)}% by Neo4j CPU)` : ''));
  }
  lines.push(`peak RSS: loader ${peakRssMb()} MB${neo4jPeak === null ? '' : `, Neo4j ${neo4jPeak} MB`}`);
  if (rssSamples.length > 0) {
    lines.push(`loader RSS during end-to-end (articles done → MB): ${rssSamples.map(([d, m]) => `${d}→${m}`).join(', ')}`);
    lines.push(`loader heap used${collectGarbage ? ' after a full GC' : ''} (articles done → MB): ${rssSamples.map(([d, , h]) => `${d}→${h}`).join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Deletes what the run wrote, in small transactions (a 100k-article run is millions of rows). */
async function cleanup(graph: Graph, run: string): Promise<void> {
  const session = graph.driver.session();
  try {
    const statements = [
      'MATCH (m:Mention) WHERE m.articleId STARTS WITH $p CALL (m) { DETACH DELETE m } IN TRANSACTIONS OF 10000 ROWS',
      'MATCH (a:Article) WHERE a.id STARTS WITH $p CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 5000 ROWS',
      'MATCH (a:Actor) WHERE a.id STARTS WITH $p CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 100 ROWS',
      'MATCH (m:BenchRawMention) WHERE m.articleId STARTS WITH $p CALL (m) { DELETE m } IN TRANSACTIONS OF 10000 ROWS',
      'MATCH (m:BenchIndexedMention) WHERE m.articleId STARTS WITH $p CALL (m) { DELETE m } IN TRANSACTIONS OF 10000 ROWS',
    ];
    for (const q of statements) await session.run(q, { p: run });
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
