import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { findOrStartNeo4j, localStatus, readState, stopLocal } from '../../../src/db/index.js';
import { LOCK_FILE, isAlive, writeState } from '../../../src/db/local-state.js';

// Starts a second, small JVM on its own directory, so it only runs where the launcher already
// runs the suite's database (not against an external NEO4J_URI, where Java may be absent).
const canLaunch = inject('neo4jLocalDir') !== null;
const dir = path.resolve('.data', `neo4j-launcher-test-${process.pid}`);

afterAll(async () => {
  await stopLocal(dir, 10_000);
  await rm(dir, { recursive: true, force: true });
});

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe.skipIf(!canLaunch)('local launcher lifecycle', () => {
  const base = loadConfig({});
  const config = {
    ...base.neo4j,
    containers: false,
    local: { ...base.neo4j.local, dir, port: 0, heap: '384m', pageCache: '32m', startTimeoutMs: 120_000 },
  };

  it('starts exactly one server when two callers race, despite a stale state file and lock', async () => {
    await rm(dir, { recursive: true, force: true });
    const crashed = deadPid();
    await writeState(dir, { pid: crashed, port: 1, uri: 'bolt://127.0.0.1:1', home: dir, startedAt: new Date(0).toISOString() });
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: crashed, token: 'crashed' }));

    const [a, b] = await Promise.all([findOrStartNeo4j(config), findOrStartNeo4j(config)]);
    expect([a.started, b.started].sort()).toEqual([false, true]);
    expect(a.uri).toBe(b.uri);
    expect(a.pid).toBe(b.pid);
    const state = await readState(dir);
    expect(state).toMatchObject({ pid: a.pid, uri: a.uri, home: dir });
    expect(await localStatus(dir)).toMatchObject({ running: true, answering: true });
  });

  it('stops cleanly on SIGTERM and reports not running afterwards', async () => {
    const before = await readState(dir);
    expect(before).not.toBeNull();
    const result = await stopLocal(dir, 30_000);
    expect(result).toEqual({ pid: before?.pid, killed: false });
    expect(isAlive(before?.pid ?? 0)).toBe(false);
    expect(await localStatus(dir)).toEqual({ state: null, running: false, answering: false });
    expect(await stopLocal(dir)).toEqual({ pid: null, killed: false });
  });
});
