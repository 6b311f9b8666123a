import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../errors.js';

/**
 * The files a local Neo4j keeps in its data directory, and the small decisions around them:
 * is the recorded process still ours and alive, which port to use, who may start it.
 *
 * Layout of `dir` (it is also the Neo4j home: `data/` and `logs/debug.log` live beside these):
 *   neo4j-local.json   state of the running instance (pid, port, uri)
 *   neo4j-local.log    stdout/stderr of the launcher JVM, truncated at each start
 *   start.lock         held while one process starts the instance
 */
export const STATE_FILE = 'neo4j-local.json';
export const LOG_FILE = 'neo4j-local.log';
export const LOCK_FILE = 'start.lock';
/** The launcher's main class; also how a pid is recognised as ours. */
export const LAUNCHER_CLASS = 'kg.neo4jlocal.Neo4jLocal';

export interface LocalState {
  readonly pid: number;
  readonly port: number;
  readonly uri: string;
  /** Absolute data directory, as passed to the launcher's --home. */
  readonly home: string;
  readonly startedAt: string;
}

export function statePath(dir: string): string {
  return path.join(path.resolve(dir), STATE_FILE);
}

export function logPath(dir: string): string {
  return path.join(path.resolve(dir), LOG_FILE);
}

/** Parses a state file's text; anything malformed counts as no state (it will be rewritten). */
export function parseState(text: string): LocalState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { pid, port, uri, home, startedAt } = v;
  if (!Number.isInteger(pid) || (pid as number) <= 0) return null;
  if (!Number.isInteger(port) || (port as number) <= 0 || (port as number) > 65_535) return null;
  if (typeof uri !== 'string' || typeof home !== 'string' || typeof startedAt !== 'string') return null;
  return { pid: pid as number, port: port as number, uri, home, startedAt };
}

export async function readState(dir: string): Promise<LocalState | null> {
  try {
    return parseState(await readFile(statePath(dir), 'utf8'));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a state. */
export async function writeState(dir: string, state: LocalState): Promise<void> {
  const target = statePath(dir);
  const tmp = `${target}.${process.pid}.tmp`;
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, target);
}

export async function removeState(dir: string): Promise<void> {
  await rm(statePath(dir), { force: true });
}

/** True while a process with this pid exists (EPERM means it exists but is not ours to signal). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

/**
 * Whether `pid` is a launcher JVM serving `home`. Pids are reused after a reboot or a crash, so a
 * state file's pid alone proves nothing; on Linux the command line settles it. Elsewhere (no
 * /proc) a live pid is taken at its word.
 */
export async function isLauncherProcess(pid: number, home: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT') && process.platform !== 'linux') return true;
    return false;
  }
  return isLauncherCommandLine(cmdline.split('\0'), home);
}

/** The pure half of {@link isLauncherProcess}: argv contains the launcher class and `--home home`. */
export function isLauncherCommandLine(argv: readonly string[], home: string): boolean {
  const homeAt = argv.indexOf('--home');
  return (
    argv.includes(LAUNCHER_CLASS) && homeAt >= 0 && path.resolve(argv[homeAt + 1] ?? '') === path.resolve(home)
  );
}

/**
 * The port to ask the launcher for: the configured one; else the previous run's port when it is
 * free again (a URI that survives `kg db stop && kg db start`); else 0, which lets the JVM bind
 * any free port atomically and report it (no window for another process to take it).
 */
export async function choosePort(
  configured: number,
  previous: number | null,
  isFree: (port: number) => Promise<boolean> = isPortFree,
): Promise<number> {
  if (configured > 0) return configured;
  if (previous !== null && previous > 0 && (await isFree(previous))) return previous;
  return 0;
}

/** Whether 127.0.0.1:port can be bound right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** The `READY bolt://…` or `FAILED …` line the launcher prints, if it has printed one yet. */
export function parseLauncherOutput(text: string): { ready: string } | { failed: string } | null {
  for (const line of text.split('\n')) {
    const ready = /^READY (bolt:\/\/\S+)\s*$/.exec(line);
    if (ready?.[1]) return { ready: ready[1] };
    const failed = /^FAILED (.*)$/.exec(line);
    if (failed) return { failed: failed[1] ?? '' };
  }
  return null;
}

/** The last `lines` lines of a log file, for error messages; empty when there is no file. */
export async function logTail(file: string, lines = 20): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

interface LockOwner {
  readonly pid: number;
  readonly token: string;
}

/**
 * Runs `work` while holding `dir/start.lock`, so two processes never launch two JVMs on one data
 * directory. The lock is a file created exclusively; one left by a dead process is taken over.
 * (Neo4j's own store lock is the second line of defence; the launcher logic copes with it too.)
 */
export async function withStartLock<T>(dir: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  const lockFile = path.join(path.resolve(dir), LOCK_FILE);
  const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, token } satisfies LockOwner));
      await handle.close();
      break;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
    const raw = await readFile(lockFile, 'utf8').catch(() => '');
    const owner = parseLockOwner(raw);
    // An owner that never finished writing its pid is given the benefit of the doubt for a moment.
    const dead = owner !== null ? !isAlive(owner.pid) : await isOlderThan(lockFile, 5_000);
    if (dead) {
      await takeOverStaleLock(lockFile, raw);
      continue;
    }
    if (Date.now() > deadline) {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `Another process (pid ${owner?.pid ?? 'unknown'}) is still starting Neo4j in ${path.resolve(dir)}; ` +
          `if none is, delete ${lockFile}.`,
      );
    }
    await sleep(200);
  }
  try {
    return await work();
  } finally {
    const raw = await readFile(lockFile, 'utf8').catch(() => '');
    if (parseLockOwner(raw)?.token === token) await rm(lockFile, { force: true });
  }
}

async function isOlderThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ms;
  } catch {
    return false;
  }
}

function parseLockOwner(raw: string): LockOwner | null {
  try {
    const v = JSON.parse(raw) as Partial<LockOwner>;
    return typeof v.pid === 'number' && typeof v.token === 'string' ? { pid: v.pid, token: v.token } : null;
  } catch {
    return null;
  }
}

/** Removes a dead owner's lock only if it is still that same lock (another waiter may have won). */
async function takeOverStaleLock(lockFile: string, seen: string): Promise<void> {
  const current = await readFile(lockFile, 'utf8').catch(() => null);
  if (current === seen) await rm(lockFile, { force: true });
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
