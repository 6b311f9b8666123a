import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type Config, loadConfig } from '../../config.js';
import { describeNeo4j, findOrStartNeo4j, localStatus } from '../../db/index.js';
import { AppError, isAppError } from '../../errors.js';
import { createExtractor } from '../../extract/index.js';
import { createDriver, Graph } from '../../graph/graph.js';
import {
  type ArticleOutcome,
  DEFAULT_BATCH_SIZE,
  DEFAULT_WRITES_IN_FLIGHT,
  ensureSchema,
  estimateItems,
  expandPaths,
  type IngestFailure,
  type IngestProgress,
  type IngestSummary,
  ingestMany,
  loadExpanded,
  SOURCE_FORMATS,
  type SourceFormat,
} from '../../ingest/index.js';

interface IngestCommandOptions {
  readonly batchSize: string;
  readonly writesInFlight: string;
  readonly dryRun?: boolean;
  readonly format?: string;
  readonly json?: boolean;
  readonly progress: boolean;
}

const PLAIN_LOG_EVERY_MS = 5_000;
const FAILURES_LISTED = 20;

function parseBatchSize(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new AppError('INVALID_INPUT', `--batch-size must be an integer from 1 to 10000, got "${raw}"`);
  return n;
}

function parseWritesInFlight(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new AppError('INVALID_INPUT', `--writes-in-flight must be an integer from 1 to 8, got "${raw}"`);
  return n;
}

function parseFormat(raw: string | undefined): SourceFormat | undefined {
  if (raw === undefined) return undefined;
  if (!(SOURCE_FORMATS as readonly string[]).includes(raw)) {
    throw new AppError('INVALID_INPUT', `--format must be one of ${SOURCE_FORMATS.join(', ')}, got "${raw}"`);
  }
  return raw as SourceFormat;
}

function rate(progress: IngestProgress): number {
  return progress.elapsedMs > 0 ? (progress.done * 1000) / progress.elapsedMs : 0;
}

/** A rate for people: whole numbers from 10 up, one decimal below (a slow run is not "0/s"). */
export function formatRate(perSecond: number): string {
  return perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1);
}

/**
 * Progress on stderr: a bar (done/total, articles/s, ETA) on a terminal, a plain line every few
 * seconds otherwise (logs, CI). The total is an estimate (JSON arrays and feeds count as one
 * until read), so it grows when the count passes it.
 */
function progressReporter(total: number, enabled: boolean): { update(p: IngestProgress): void; failure(f: IngestFailure): void; stop(): void } {
  if (!enabled) return { update: () => {}, failure: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        stream: process.stderr,
        format: ' {bar} {value}/{total} | {speed} articles/s | ETA {eta_formatted} | new {new} · updated {updated} · unchanged {unchanged} · failed {failed}',
        barsize: 24,
        etaBuffer: 200,
        fps: 5,
        hideCursor: true,
      },
      undefined,
    );
    bar.start(Math.max(total, 1), 0, { speed: '0', new: 0, updated: 0, unchanged: 0, failed: 0 });
    return {
      update(p) {
        if (p.done > bar.getTotal()) bar.setTotal(p.done);
        bar.update(p.done, { speed: formatRate(rate(p)), new: p.new, updated: p.updated, unchanged: p.unchanged, failed: p.failed });
      },
      // Failures are listed in the summary; printing under a live bar would tear it.
      failure: () => {},
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < PLAIN_LOG_EVERY_MS) return;
      last = now;
      process.stderr.write(
        `kg ingest: ${p.done}/${Math.max(total, p.done)} done, ${formatRate(rate(p))} articles/s ` +
          `(new ${p.new}, updated ${p.updated}, unchanged ${p.unchanged}, failed ${p.failed})\n`,
      );
    },
    failure(f) {
      process.stderr.write(`kg ingest: failed ${f.origin}: ${f.reason}\n`);
    },
    stop: () => {},
  };
}

/** What a dry run prints for one article: its key, status and what would be written. */
function describeOutcome(o: ArticleOutcome): string {
  const lines = [`${o.origin} → ${o.article.id} (${o.status}${o.article.title ? `: ${o.article.title}` : ''})`];
  for (const a of o.actors) lines.push(`  actor ${a.id} [${a.type}] ${a.name}${a.aliases.length ? ` (aka ${a.aliases.join(', ')})` : ''}`);
  for (const r of o.relations) {
    const evidence = r.evidence.length > 100 ? `${r.evidence.slice(0, 97)}…` : r.evidence;
    const claimant = r.claimant ? ` per ${r.claimant}` : '';
    lines.push(`  ${r.source} -${r.type}-> ${r.target}${claimant} ${r.confidence.toFixed(2)}${r.alleged ? ' alleged' : ''} "${evidence}" [${r.start}-${r.end}]`);
  }
  return `${lines.join('\n')}\n`;
}

export function summaryText(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const done = s.new + s.updated + s.unchanged;
  const lines = [
    `${s.dryRun ? 'dry run (nothing written): ' : ''}${s.items} items in ${seconds.toFixed(1)} s ` +
      `(${seconds > 0 ? formatRate(done / seconds) : done} articles/s)`,
    `  new        ${s.new}`,
    `  updated    ${s.updated}`,
    `  unchanged  ${s.unchanged}`,
    `  failed     ${s.failed}`,
    `  mentions   ${s.mentions}${s.dryRun ? ' (would be written)' : ' written'}`,
  ];
  for (const f of s.failures.slice(0, FAILURES_LISTED)) lines.push(`  ✗ ${f.origin}: ${f.reason}`);
  const unlisted = s.failed - Math.min(s.failures.length, FAILURES_LISTED);
  if (unlisted > 0) lines.push(`  … and ${unlisted} more failures`);
  return `${lines.join('\n')}\n`;
}

function interruptedText(p: IngestProgress | null): string {
  const written = p ? p.new + p.updated : 0;
  const counts = p ? ` (new ${p.new}, updated ${p.updated}, unchanged ${p.unchanged}, failed ${p.failed})` : '';
  return (
    `kg ingest: interrupted: ${written} articles were written before the database became unavailable${counts}. ` +
    'Each article is written whole or not at all; run the same command again to load the rest (stored articles are skipped).\n'
  );
}

/**
 * The database a dry run compares with, without starting one: NEO4J_URI, or the local Neo4j when
 * it is running. Without one, every article counts as new, and the note says so.
 */
async function existingGraph(config: Config): Promise<{ graph: Graph | null; note: string | null }> {
  const local = config.neo4j.uri === null;
  const status = local ? await localStatus(config.neo4j.local.dir) : null;
  const uri = config.neo4j.uri ?? (status?.running ? (status.state?.uri ?? null) : null);
  if (uri === null) return { graph: null, note: 'no Neo4j running: the dry run counts every article as new' };
  const endpoint = local
    ? { uri, user: config.neo4j.user, password: null, database: null }
    : { uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
  const graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: config.neo4j.txTimeoutMs });
  try {
    await graph.verify(local ? uri : `${uri} (NEO4J_URI)`);
    return { graph, note: null };
  } catch (error) {
    await graph.close();
    return { graph: null, note: `${error instanceof Error ? error.message : String(error)}; the dry run counts every article as new` };
  }
}

/**
 * `kg ingest PATH…`: files, folders, globs and `-` (standard input) in any supported format,
 * extracted and written in batches. Bad items are reported and skipped; the exit code is 1 when
 * any failed (everything else is still written).
 */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('Load articles (.txt .md .json .jsonl .html, RSS/Atom feeds; "-" for stdin) into the graph')
    .argument('<paths...>', 'files, folders, globs, or - for standard input')
    .option('-b, --batch-size <n>', 'articles per write transaction', String(DEFAULT_BATCH_SIZE))
    .option('-w, --writes-in-flight <n>', 'batch transactions running at once', String(DEFAULT_WRITES_IN_FLIGHT))
    .option('-n, --dry-run', 'extract and print what would be written, writing nothing (compared with the database when one is running)')
    .option('-f, --format <format>', `format of standard input (${SOURCE_FORMATS.join(', ')}); sniffed when omitted`)
    .option('--json', 'print the summary as JSON on stdout')
    .option('--no-progress', 'no progress bar or progress lines')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const batchSize = parseBatchSize(options.batchSize);
      const writesInFlight = parseWritesInFlight(options.writesInFlight);
      const stdinFormat = parseFormat(options.format);
      const config = loadConfig();
      const extractor = createExtractor({ lexiconFiles: config.extract.lexiconFiles });
      const expanded = await expandPaths(paths);
      const total = (await estimateItems(expanded.files)) + expanded.missing.length;
      const dryRun = options.dryRun ?? false;

      let graph: Graph | null = null;
      if (dryRun) {
        const found = await existingGraph(config);
        graph = found.graph;
        if (found.note) process.stderr.write(`kg ingest: ${found.note}\n`);
      } else {
        const endpoint = await findOrStartNeo4j(config.neo4j, { allowContainer: false });
        graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: config.neo4j.txTimeoutMs });
        try {
          await graph.verify(describeNeo4j(endpoint));
        } catch (error) {
          await graph.close();
          throw error;
        }
        if (endpoint.started) process.stderr.write(`kg ingest: started a local Neo4j at ${endpoint.uri}; it keeps running ("kg db stop" stops it)\n`);
      }
      const reporter = progressReporter(total, options.progress && !(dryRun && !options.json));
      let last: IngestProgress | null = null;
      try {
        // A dry run only reads: the schema is not created.
        if (graph && !dryRun) await ensureSchema(graph);
        const summary = await ingestMany(
          loadExpanded(expanded, stdinFormat ? { stdinFormat } : {}),
          { graph, extractor, maxArticleBytes: config.ingest.maxArticleBytes },
          {
            batchSize,
            writesInFlight,
            dryRun,
            onProgress: (p) => {
              last = p;
              reporter.update(p);
            },
            onFailure: (f) => reporter.failure(f),
            ...(dryRun && !options.json ? { onArticle: (o: ArticleOutcome) => void process.stdout.write(describeOutcome(o)) } : {}),
          },
        );
        reporter.stop();
        if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else process.stderr.write(summaryText(summary));
        if (summary.failed > 0) process.exitCode = 1;
      } catch (error) {
        reporter.stop();
        // Say how far the run got before the database went away, and that a rerun is safe.
        if (isAppError(error) && error.code === 'DATABASE_UNAVAILABLE') process.stderr.write(interruptedText(last));
        throw error;
      } finally {
        reporter.stop();
        await graph?.close();
      }
    });
}
