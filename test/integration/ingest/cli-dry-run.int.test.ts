import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, testDriver, testEndpoint, uniquePrefix } from '../../support/neo4j.js';

const p = uniquePrefix('dry');
let dir: string;
let driver: Driver;

/** `kg ingest` from the sources against the run's Neo4j, given as NEO4J_URI. */
function ingest(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--no-progress', ...args], {
    encoding: 'utf8',
    env: childEnv(),
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function storedArticles(): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a.id AS id ORDER BY id', { p }, {
    database: testEndpoint().database ?? undefined,
  });
  return records.map((r) => String(r.get('id')));
}

beforeAll(async () => {
  driver = testDriver();
  dir = await mkdtemp(path.join(tmpdir(), 'kg-dry-'));
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p }, { database: testEndpoint().database ?? undefined });
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('kg ingest --dry-run', () => {
  it('tells new, updated and unchanged articles apart from the database, and writes nothing', async () => {
    const line = (id: string, text: string): string => JSON.stringify({ id: `${p}${id}`, title: id, text });
    const first = path.join(dir, 'first.jsonl');
    await writeFile(first, `${line('a', 'Egypt accused Ethiopia of threatening its water security.')}\n${line('b', 'Kenya mediated between Somalia and Ethiopia.')}\n`);
    const loaded = ingest(['--json', first]);
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(JSON.parse(loaded.stdout)).toMatchObject({ new: 2, failed: 0 });

    const second = path.join(dir, 'second.jsonl');
    await writeFile(
      second,
      `${line('a', 'Egypt accused Ethiopia of threatening its water security.')}\n` +
        `${line('b', 'Kenya mediated between Somalia and Ethiopia in Nairobi.')}\n` +
        `${line('c', 'Turkey offered to mediate between Pakistan and Afghanistan.')}\n`,
    );
    const dry = ingest(['--dry-run', second]);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`→ ${p}a (UNCHANGED`);
    expect(dry.stdout).toContain(`→ ${p}b (UPDATED`);
    expect(dry.stdout).toContain(`→ ${p}c (NEW`);
    expect(dry.stderr).toMatch(/new +1\n +updated +1\n +unchanged +1\n/);
    expect(await storedArticles()).toEqual([`${p}a`, `${p}b`]);
    const { records } = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: `${p}b` }, {
      database: testEndpoint().database ?? undefined,
    });
    expect(records[0]?.get('text')).toBe('Kenya mediated between Somalia and Ethiopia.');
  }, 240_000);
});
