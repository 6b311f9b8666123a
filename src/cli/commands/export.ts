import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { describeNeo4j, findOrStartNeo4j } from '../../db/index.js';
import { AppError } from '../../errors.js';
import { CSV_PARTS, EXPORT_FORMATS, loadExportSlice, parseExportFilters, parseExportFormat, renderExport } from '../../export/index.js';
import { createDriver, Graph } from '../../graph/graph.js';

interface ExportCommandOptions {
  readonly format: string;
  readonly types?: string[];
  readonly since?: string;
  readonly until?: string;
  readonly minConfidence?: string;
  readonly out?: string;
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/** A file system error on the output path is the user's to fix: one line naming the path. */
async function outputError<T>(work: Promise<T>, target: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reasons: Record<string, string> = {
      ENOENT: 'its folder does not exist',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EEXIST: 'it exists and is not a folder',
      EISDIR: 'it is a folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on the device',
    };
    const reason = reasons[code];
    if (reason === undefined) throw error;
    throw new AppError('INVALID_INPUT', `cannot write ${target}: ${reason}`, { cause: error });
  }
}

/**
 * `kg export --format graphml|gexf|cytoscape|csv`: the relation graph for Gephi, Cytoscape and
 * spreadsheets. One file goes to stdout unless `--out` names a file (or a directory, which gets
 * the default file name); CSV is two tables, `nodes.csv` and `edges.csv`, written into `--out`
 * (default: the current directory). Counts go to stderr so stdout stays the file.
 */
export function register(program: Command): void {
  program
    .command('export')
    .description('Export the relation graph for visualization tools')
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('-t, --types <types...>', 'relation types to keep (comma-separated or repeated), e.g. ACCUSES,DENIES')
    .option('--since <date>', 'keep evidence dated on or after this day (YYYY-MM-DD)')
    .option('--until <date>', 'keep evidence dated on or before this day (YYYY-MM-DD)')
    .option('--min-confidence <n>', 'keep edges whose mean confidence is at least n (0 … 1)')
    .option('-o, --out <path>', 'output file or directory (csv: directory, default ".")')
    .action(async (options: ExportCommandOptions) => {
      // Validate everything before touching the database.
      const format = parseExportFormat(options.format);
      const filters = parseExportFilters(options);
      // The output folder too: a typo in --out must not cost a database start and a full read.
      if (format === 'csv') {
        const info = await stat(options.out ?? '.').catch(() => null);
        if (info && !info.isDirectory()) throw new AppError('INVALID_INPUT', `cannot write ${options.out ?? '.'}: it exists and is not a folder`);
      } else if (options.out !== undefined && !(await isDirectory(options.out)) && !(await isDirectory(path.dirname(options.out)))) {
        throw new AppError('INVALID_INPUT', `cannot write ${options.out}: its folder does not exist`);
      }
      const config = loadConfig();
      // A throwaway container would vanish with this process, so only a real or local server counts.
      const endpoint = await findOrStartNeo4j(config.neo4j, { allowContainer: false });
      const graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: config.neo4j.txTimeoutMs });
      try {
        await graph.verify(describeNeo4j(endpoint));
        if (endpoint.started) process.stderr.write(`kg export: started a local Neo4j at ${endpoint.uri}; it keeps running ("kg db stop" stops it)\n`);
        const slice = await loadExportSlice(graph, filters);
        const summary = `${slice.nodes.length} nodes, ${slice.edges.length} edges`;
        if (format === 'csv') {
          const dir = options.out ?? '.';
          await outputError(mkdir(dir, { recursive: true }), dir);
          const written: string[] = [];
          for (const part of CSV_PARTS) {
            const file = renderExport(slice, 'csv', { part });
            const target = path.join(dir, file.filename);
            await outputError(writeFile(target, file.body, 'utf8'), target);
            written.push(target);
          }
          process.stderr.write(`kg: wrote ${written.join(' and ')} (${summary})\n`);
          return;
        }
        const file = renderExport(slice, format);
        if (options.out === undefined) {
          process.stdout.write(file.body);
          process.stderr.write(`kg: exported ${summary} as ${format}\n`);
          return;
        }
        const target = (await isDirectory(options.out)) ? path.join(options.out, file.filename) : options.out;
        await outputError(writeFile(target, file.body, 'utf8'), target);
        process.stderr.write(`kg: wrote ${target} (${summary})\n`);
      } finally {
        await graph.close();
      }
    });
}
