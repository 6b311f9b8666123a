import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `kg` from the sources without a database (every case fails before one is needed). */
function kg(args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
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
});
