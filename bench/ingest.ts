/**
 * `npm run bench:ingest -- [--n 5000] [--batch-size 50] [--seed 42] [--actors 400]
 *   [--phases e2e,rerun,write,raw] [--extractor real|truth] [--keep]`
 *
 * Measures ingestion on one set of generated articles, in one run, against the Neo4j that
 * `findOrStartNeo4j` finds (NEO4J_URI, else the local launcher):
 *  - e2e:   articles/s end to end (validate + extract + write, overlapped) through `ingestMany`;
 *  - rerun: the same articles again (all UNCHANGED: the resume path);
 *  - write: relations/s through the write path alone (`writeBatch` on pre-extracted batches,
 *           ground-truth extraction, fresh ids);
 *  - raw:   the same mention rows as plain `UNWIND $rows CREATE` into a throwaway label: the
 *           ceiling any write path on this machine can reach;
 * plus peak RSS of this process (and RSS samples through the e2e run, to show it stays flat).
 * Everything the run writes is under a run prefix and deleted at the end (unless --keep).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { findOrStartNeo4j } from '../src/db/index.js';
import { createExtractor, type Extractor, toArticle } from '../src/extract/index.js';
import { createDriver, Graph } from '../src/graph/graph.js';
import { ensureSchema, type IngestSummary, ingestMany, type LoadedItem } from '../src/ingest/index.js';
import { type PreparedArticle, prepareArticle } from '../src/ingest/prepare.js';
import { writeBatch } from '../src/ingest/write-batch.js';
import { generateArticles, prefixActors, syntheticSource } from './synthetic/index.js';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    'batch-size': { type: 'string', default: '50' },
    seed: { type: 'string', default: '42' },
    actors: { type: 'string', default: '400' },
    phases: { type: 'string', default: 'e2e,rerun,write,raw' },
    extractor: { type: 'string', default: 'real' },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(args.n);
const batchSize = Number(args['batch-size']);
const seed = Number(args.seed);
const actors = Number(args.actors);
const phases = new Set(args.phases.split(','));
const useRealExtractor = args.extractor === 'real';

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

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
  note: string;
}
const rows: Row[] = [];
function record(phase: string, articles: number, relations: number, ms: number, note = ''): Row {
  const seconds = ms / 1000;
  const row = {
    phase,
    articles,
    relations,
    seconds: Math.round(seconds * 100) / 100,
    articlesPerSecond: Math.round(articles / seconds),
    relationsPerSecond: Math.round(relations / seconds),
    note,
  };
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
  return row;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const endpoint = await findOrStartNeo4j(config.neo4j, { allowContainer: false });
  const graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: 120_000 });
  const run = `b${Date.now().toString(36)}-`;
  process.stderr.write(`bench:ingest n=${n} batch=${batchSize} seed=${seed} actors=${actors} run=${run} neo4j=${endpoint.uri} (${endpoint.kind})\n`);
  await ensureSchema(graph);
  const rssSamples: Array<[number, number]> = [];

  try {
    if (phases.has('e2e')) {
      const prefix = `${run}e-`;
      const real = useRealExtractor ? prefixed(createExtractor({ lexiconFiles: config.extract.lexiconFiles }), prefix) : null;
      const makeSource = (): { source: AsyncIterable<LoadedItem>; extractor: Extractor } => {
        const s = syntheticSource({ n, seed, actors, idPrefix: prefix, actorPrefix: prefix });
        return { source: s.source, extractor: real ?? s.truthExtractor };
      };
      const every = Math.max(1, Math.floor(n / 10));
      let nextSample = every;
      const first = makeSource();
      const started = performance.now();
      const summary: IngestSummary = await ingestMany(
        first.source,
        { graph, extractor: first.extractor, maxArticleBytes: 10_000_000 },
        {
          batchSize,
          onProgress: (p) => {
            if (p.done >= nextSample) {
              rssSamples.push([p.done, mb(process.memoryUsage().rss)]);
              nextSample += every;
            }
          },
        },
      );
      const ms = performance.now() - started;
      record('end-to-end (extract + write)', summary.new, summary.mentions, ms, `${useRealExtractor ? 'real' : 'ground-truth'} extractor, failed ${summary.failed}`);

      if (phases.has('rerun')) {
        const again = makeSource();
        const t = performance.now();
        const second = await ingestMany(again.source, { graph, extractor: again.extractor, maxArticleBytes: 10_000_000 }, { batchSize });
        record('rerun (all unchanged)', second.unchanged, 0, performance.now() - t, `new ${second.new}, updated ${second.updated}`);
      }
    }

    if (phases.has('write') || phases.has('raw')) {
      // Pre-extract outside the clock: ground truth, fresh ids, batches as the pipeline makes them.
      const prefix = `${run}w-`;
      const batches: PreparedArticle[][] = [];
      let current: PreparedArticle[] = [];
      for (const a of generateArticles({ n, seed, actors, idPrefix: prefix })) {
        current.push(prepareArticle(a.input.id, toArticle(a.input), prefixActors(a.truth, prefix)));
        if (current.length === batchSize) {
          batches.push(current);
          current = [];
        }
      }
      if (current.length > 0) batches.push(current);
      const mentions = batches.reduce((sum, b) => sum + b.reduce((s, p) => s + p.write.mentions.length, 0), 0);

      if (phases.has('write')) {
        const t = performance.now();
        for (const batch of batches) await writeBatch(graph, batch);
        record('write path only', n, mentions, performance.now() - t, 'MERGE actors, articles, mentions, aggregated edges');
      }
      if (phases.has('raw')) {
        const t = performance.now();
        for (const batch of batches) {
          const rows = batch.flatMap((p) => p.write.mentions.map((m) => ({ ...m, articleId: p.article.id })));
          // The ceiling: the same rows, no MERGE, no lookups, no aggregates, a label nothing indexes.
          await graph.write('bench/raw-create', (tx) => tx.run('UNWIND $rows AS row CREATE (m:BenchRawMention) SET m = row', { rows }));
        }
        record('raw UNWIND … CREATE (ceiling)', n, mentions, performance.now() - t, 'same mention rows, one node each');
      }
    }
  } finally {
    if (!args.keep) await cleanup(graph, run);
    await graph.close();
  }

  const write = rows.find((r) => r.phase === 'write path only');
  const raw = rows.find((r) => r.phase.startsWith('raw'));
  const table = [
    '| phase | articles | relations | seconds | articles/s | relations/s | note |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.phase} | ${r.articles} | ${r.relations} | ${r.seconds} | ${r.articlesPerSecond} | ${r.relationsPerSecond} | ${r.note} |`),
  ];
  if (write && raw) table.push('', `write path / raw ceiling: ${Math.round((100 * write.relationsPerSecond) / raw.relationsPerSecond)}%`);
  table.push('', `peak RSS of the loader process: ${peakRssMb()} MB`);
  if (rssSamples.length > 0) table.push(`RSS during end-to-end (articles done → MB): ${rssSamples.map(([d, m]) => `${d}→${m}`).join(', ')}`);
  process.stdout.write(`${table.join('\n')}\n`);
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
