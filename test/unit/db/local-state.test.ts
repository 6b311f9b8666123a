import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LAUNCHER_CLASS,
  LOCK_FILE,
  choosePort,
  isAlive,
  isLauncherCommandLine,
  isLauncherProcess,
  isPortFree,
  parseLauncherOutput,
  parseState,
  readState,
  removeState,
  statePath,
  withStartLock,
  writeState,
  type LocalState,
} from '../../../src/db/local-state.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-db-unit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pid that certainly belonged to a process and no longer does. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const state: LocalState = {
  pid: 4242,
  port: 7699,
  uri: 'bolt://127.0.0.1:7699',
  home: '/srv/kg/.data/neo4j',
  startedAt: '2025-01-01T00:00:00.000Z',
};

describe('state file', () => {
  it('round-trips through write and read, and is gone after remove', async () => {
    expect(await readState(dir)).toBeNull();
    await writeState(dir, state);
    expect(await readState(dir)).toEqual(state);
    await removeState(dir);
    expect(await readState(dir)).toBeNull();
  });

  it('treats malformed content as no state', async () => {
    await writeFile(statePath(dir), '{"pid": 12');
    expect(await readState(dir)).toBeNull();
    expect(parseState('null')).toBeNull();
    expect(parseState(JSON.stringify({ ...state, pid: -1 }))).toBeNull();
    expect(parseState(JSON.stringify({ ...state, port: 70_000 }))).toBeNull();
    expect(parseState(JSON.stringify({ ...state, uri: 7 }))).toBeNull();
    expect(parseState(JSON.stringify({ ...state, extra: true }))).toEqual(state);
  });
});

describe('process checks', () => {
  it('knows a live pid from a dead one', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(deadPid())).toBe(false);
  });

  it('recognises the launcher only for the same data directory', () => {
    const argv = ['java', '-Xmx1g', '-cp', 'x', LAUNCHER_CLASS, '--home', '/srv/kg/.data/neo4j', '--port', '0'];
    expect(isLauncherCommandLine(argv, '/srv/kg/.data/neo4j')).toBe(true);
    expect(isLauncherCommandLine(argv, '/srv/kg/.data/neo4j/')).toBe(true);
    expect(isLauncherCommandLine(argv, '/srv/kg/.data/other')).toBe(false);
    expect(isLauncherCommandLine(['java', 'Other', '--home', '/srv/kg/.data/neo4j'], '/srv/kg/.data/neo4j')).toBe(false);
    expect(isLauncherCommandLine(['java', LAUNCHER_CLASS, '--home'], '/srv/kg/.data/neo4j')).toBe(false);
  });

  it.runIf(process.platform === 'linux')('does not mistake a reused pid (another program) for the launcher', async () => {
    expect(await isLauncherProcess(process.pid, dir)).toBe(false);
    expect(await isLauncherProcess(deadPid(), dir)).toBe(false);
  });
});

describe('choosePort', () => {
  const free = async (): Promise<boolean> => true;
  const taken = async (): Promise<boolean> => false;

  it('prefers the configured port without probing', async () => {
    expect(await choosePort(7700, 7699, taken)).toBe(7700);
  });
  it('reuses the previous port when it is free again', async () => {
    expect(await choosePort(0, 7699, free)).toBe(7699);
  });
  it('lets the launcher bind any port when the previous one is taken or unknown', async () => {
    expect(await choosePort(0, 7699, taken)).toBe(0);
    expect(await choosePort(0, null, free)).toBe(0);
  });

  it('probes real sockets', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('parseLauncherOutput', () => {
  it('finds READY among log lines', () => {
    const log = '2025-01-01 INFO  Bolt enabled on localhost:0.\nREADY bolt://127.0.0.1:41234\n';
    expect(parseLauncherOutput(log)).toEqual({ ready: 'bolt://127.0.0.1:41234' });
  });
  it('reports FAILED with its reason', () => {
    expect(parseLauncherOutput('FAILED java.io.IOException: disk full\n')).toEqual({
      failed: 'java.io.IOException: disk full',
    });
  });
  it('returns null while the launcher is still starting', () => {
    expect(parseLauncherOutput('2025-01-01 INFO  Starting...\nnot READY yet')).toBeNull();
  });
});

describe('withStartLock', () => {
  it('serialises concurrent holders and removes the lock afterwards', async () => {
    const events: string[] = [];
    const hold = (name: string) =>
      withStartLock(dir, 5_000, async () => {
        events.push(`${name}:in`);
        await sleep(50);
        events.push(`${name}:out`);
        return name;
      });
    expect(await Promise.all([hold('a'), hold('b')])).toEqual(['a', 'b']);
    // Never two "in" in a row.
    for (let i = 0; i < events.length; i += 2) expect(events[i]?.replace(':in', '')).toBe(events[i + 1]?.replace(':out', ''));
    await expect(readFile(path.join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('takes over a lock left by a dead process', async () => {
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), token: 'crashed' }));
    expect(await withStartLock(dir, 2_000, async () => 'ran')).toBe('ran');
  });

  it('gives up with a clear error while a live process holds it', async () => {
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, token: 'someone-else' }));
    await expect(withStartLock(dir, 300, async () => 'ran')).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/still starting Neo4j/),
    });
    // It is not ours, so it stays.
    expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ token: 'someone-else' });
  });

  it('releases the lock when the work throws', async () => {
    await expect(withStartLock(dir, 1_000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withStartLock(dir, 300, async () => 'again')).toBe('again');
  });
});
