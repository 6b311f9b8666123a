import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

/** Runs `kg` from the sources without a database (every case fails before one is needed). */
function kg(args: readonly string[], env: NodeJS.ProcessEnv = {}, input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'silent', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kg usage and configuration errors', () => {
  it('reports a usage error on one line naming the help to read, with a non-zero exit code', () => {
    const cases: Array<[string[], RegExp]> = [
      [['extract', '--bogus'], /^kg: unknown option '--bogus' \(see "kg extract --help"\)\n$/],
      [['bogus'], /^kg: unknown command 'bogus' \(see "kg --help"\)\n$/],
      [['db', 'bogus'], /^kg: unknown command 'bogus' \(see "kg db --help"\)\n$/],
      [['ingest'], /^kg: missing required argument 'paths' \(see "kg ingest --help"\)\n$/],
    ];
    for (const [args, expected] of cases) {
      const result = kg(args);
      expect(result.stderr, args.join(' ')).toMatch(expected);
      expect(result.stdout).toBe('');
      expect(result.status).not.toBe(0);
    }
  }, 120_000);

  it('rejects a NEO4J_URI of the wrong scheme as a configuration error, without a stack trace', () => {
    const result = kg(['db', 'status'], { NEO4J_URI: 'http://127.0.0.1:7474' });
    expect(result.stderr).toMatch(/^kg: Invalid configuration: NEO4J_URI: must be a Neo4j URI[^\n]*\n$/);
    expect(result.status).toBe(2);
  }, 60_000);

  it('names an unreachable NEO4J_URI on one line, exit code 5, before reading or writing anything', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 1;
    await new Promise((resolve) => probe.close(resolve));
    const env = { NEO4J_URI: `bolt://127.0.0.1:${port}` };
    const expected = new RegExp(`^kg: cannot use Neo4j at bolt://127\\.0\\.0\\.1:${port} \\(NEO4J_URI\\): it does not answer\\n$`);
    for (const args of [['ingest', '--no-progress', '-'], ['export', '--format', 'csv', '--out', 'kg-never-written']]) {
      const result = kg(args, env, 'Egypt accused Ethiopia of threatening its water security.');
      expect(result.stderr, args.join(' ')).toMatch(expected);
      expect(result.status).toBe(5);
    }
    const dbStart = kg(['db', 'start'], env);
    expect(dbStart.stderr).toBe(`kg: NEO4J_URI is set, so there is nothing to start, and bolt://127.0.0.1:${port} does not answer\n`);
    expect(dbStart.status).toBe(5);
    // Nothing was created for the export that could not run.
    expect(existsSync('kg-never-written')).toBe(false);
    // A bad output path is reported before the database is looked for.
    const badOut = kg(['export', '--format', 'gexf', '--out', 'no-such-folder/graph.gexf'], env);
    expect(badOut.stderr).toBe('kg: cannot write no-such-folder/graph.gexf: its folder does not exist\n');
    expect(badOut.status).toBe(2);
    const csvOnFile = kg(['export', '--format', 'csv', '--out', 'package.json'], env);
    expect(csvOnFile.stderr).toBe('kg: cannot write package.json: it exists and is not a folder\n');
    expect(csvOnFile.status).toBe(2);
    // A dry run needs no database: it says what it compared with and goes on.
    const dry = kg(['ingest', '--dry-run', '--json', '--no-progress', '-'], env, 'Egypt accused Ethiopia of threatening its water security.');
    expect(dry.status).toBe(0);
    expect(dry.stderr).toMatch(/it does not answer; the dry run counts every article as new\n$/);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, items: 1, new: 1, failed: 0 });
  }, 120_000);

  it('kg extract --jsonl: every error line names its input line, the others are results, in order', () => {
    const input = ['{"id":"a1","text":"Egypt accused Ethiopia of threatening its water security."}', 'not json', '', '{"id":"a3"}', '[1]'].join('\n');
    const result = kg(['extract', '--jsonl'], {}, input);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; line?: number; error?: string; relations?: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['a1', null, 'a3', null]);
    expect(lines[0]?.relations?.length).toBeGreaterThan(0);
    expect(lines.slice(1).map((l) => [l.line, l.error?.split(':')[0]])).toEqual([
      [2, 'line 2'],
      [4, 'line 4'],
      [5, 'line 5'],
    ]);
    expect(result.stderr).toBe('kg: 3 article(s) failed\n');
    expect(result.status).toBe(2);
  }, 60_000);

  it('exits quietly when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', 'samples/istanbul-talks.txt'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
