import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { AppError } from '../errors.js';
import {
  LAUNCHER_CLASS,
  choosePort,
  isAlive,
  isLauncherProcess,
  logPath,
  logTail,
  parseLauncherOutput,
  readState,
  removeState,
  withStartLock,
  writeState,
  type LocalState,
} from './local-state.js';

/** Resolves from both `src/db` and `dist/db`, like the Cypher registry. */
export const DEFAULT_LAUNCHER_DIR = fileURLToPath(new URL('../../tools/neo4j-local/', import.meta.url));

export interface LocalStartOptions {
  /** Where the Maven project lives; defaults to the repository's `tools/neo4j-local`. */
  readonly launcherDir?: string;
  /**
   * Stop the JVM when this pid disappears (test runs, so a killed runner leaves no orphan).
   * Unset = fully detached: it keeps running after the caller exits (`kg db start`).
   */
  readonly parentPid?: number;
  readonly log?: (message: string) => void;
}

export interface LocalInstance {
  readonly uri: string;
  readonly pid: number;
  readonly port: number;
  /** False when an already-running instance was reused. */
  readonly started: boolean;
}

/**
 * Returns the local Neo4j serving `local.dir`, starting one if none answers. Idempotent and safe
 * to call from several processes at once: one starts the JVM, the others wait and reuse it.
 * Builds the launcher with Maven the first time. Resolves once Bolt answers; throws
 * `DATABASE_UNAVAILABLE` (with the launcher's last log lines) if it does not within
 * `local.startTimeoutMs`.
 */
export async function startLocal(
  local: Neo4jConfig['local'],
  options: LocalStartOptions = {},
): Promise<LocalInstance> {
  const log = options.log ?? (() => {});
  const home = path.resolve(local.dir);
  await mkdir(home, { recursive: true });
  // Read before a stale state file is cleared: after a crash or reboot the same port comes back.
  const previousPort = (await readState(home))?.port ?? null;
  const reused = await reuseRunning(home, log);
  if (reused) return reused;

  const launcherDir = options.launcherDir ?? DEFAULT_LAUNCHER_DIR;
  await ensureLauncherBuilt(launcherDir, log);

  return withStartLock(home, local.startTimeoutMs, async () => {
    // Whoever held the lock before us may have just started it.
    const again = await reuseRunning(home, log);
    if (again) return again;
    let port = await choosePort(local.port, previousPort);
    try {
      return await launch(home, port, local, launcherDir, options, log);
    } catch (error) {
      // The previous run's port was taken between the check and the bind: let the JVM choose.
      if (local.port === 0 && port !== 0 && error instanceof PortInUseError) {
        port = 0;
        return launch(home, port, local, launcherDir, options, log);
      }
      // Neo4j's store lock caught a second JVM on this directory (a lock file taken over in a
      // race, or an instance started by hand): the other one is, or soon will be, the instance.
      if (error instanceof StoreLockedError) return waitForOther(home, local.startTimeoutMs, log, error);
      throw error;
    }
  });
}

async function waitForOther(
  home: string,
  timeoutMs: number,
  log: (m: string) => void,
  cause: StoreLockedError,
): Promise<LocalInstance> {
  log('neo4j-local: the store is locked by another process; waiting for it to become ready');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await readState(home);
    if (state && (await isLauncherProcess(state.pid, state.home)) && (await answers(state.uri, 2_000))) {
      return { uri: state.uri, pid: state.pid, port: state.port, started: false };
    }
    await sleep(250);
  }
  throw cause;
}

/** Reuses the instance named in the state file if it is ours, alive and answering; clears a stale file. */
async function reuseRunning(home: string, log: (m: string) => void): Promise<LocalInstance | null> {
  const state = await readState(home);
  if (!state) return null;
  if (!(await isLauncherProcess(state.pid, state.home))) {
    log(`neo4j-local: removing stale state (pid ${state.pid} is not running)`);
    await removeState(home);
    return null;
  }
  if (await answers(state.uri, 5_000)) {
    log(`neo4j-local: reusing pid ${state.pid} at ${state.uri}`);
    return { uri: state.uri, pid: state.pid, port: state.port, started: false };
  }
  throw new AppError(
    'DATABASE_UNAVAILABLE',
    `A local Neo4j (pid ${state.pid}) holds ${home} but does not answer on ${state.uri}; ` +
      `stop it with \`kg db stop\`. Last log lines:\n${await logTail(logPath(home))}`,
  );
}

class PortInUseError extends AppError {}
class StoreLockedError extends AppError {}

async function launch(
  home: string,
  port: number,
  local: Neo4jConfig['local'],
  launcherDir: string,
  options: LocalStartOptions,
  log: (m: string) => void,
): Promise<LocalInstance> {
  const logFile = logPath(home);
  const out = openSync(logFile, 'w');
  const args = [
    `-Xmx${checkMemory(local.heap, 'NEO4J_LOCAL_HEAP')}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // Neo4j's own start script opens these; without them it falls back to slower paths and warns.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    [path.join(launcherDir, 'target', 'classes'), path.join(launcherDir, 'target', 'lib', '*')].join(path.delimiter),
    LAUNCHER_CLASS,
    '--home',
    home,
    '--port',
    String(port),
    '--page-cache',
    checkMemory(local.pageCache, 'NEO4J_LOCAL_PAGECACHE'),
    ...(options.parentPid ? ['--parent-pid', String(options.parentPid)] : []),
  ];
  log(`neo4j-local: starting java ${args.join(' ')}`);
  const started = Date.now();
  let exited: number | null | undefined;
  let spawnError: Error | undefined;
  const child = spawn('java', args, { detached: true, stdio: ['ignore', out, out], cwd: home });
  closeSync(out);
  child.on('error', (error) => (spawnError = error));
  child.on('exit', (code) => (exited = code));
  // Detached and unreferenced: `kg db start` returns while the database keeps running.
  child.unref();

  const deadline = started + local.startTimeoutMs;
  let uri: string | null = null;
  while (uri === null) {
    if (spawnError) throw missingTool('java', spawnError);
    const output = parseLauncherOutput(await readFile(logFile, 'utf8').catch(() => ''));
    if (output && 'ready' in output) {
      uri = output.ready;
      break;
    }
    if (output && 'failed' in output) {
      const tail = await logTail(logFile);
      const message = `The local Neo4j failed to start: ${output.failed}\n${tail}`;
      if (/already in use|PortBindException|BindException/i.test(tail)) throw new PortInUseError('DATABASE_UNAVAILABLE', message);
      if (/FileLockException|StoreLockException|locked by another/i.test(tail)) throw new StoreLockedError('DATABASE_UNAVAILABLE', message);
      throw new AppError('DATABASE_UNAVAILABLE', message);
    }
    if (exited !== undefined) {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `The local Neo4j exited (code ${exited}) before it was ready. Last log lines:\n${await logTail(logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      const tail = await logTail(logFile);
      if (child.pid) killQuietly(child.pid, 'SIGKILL');
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `The local Neo4j did not start within ${local.startTimeoutMs} ms (NEO4J_START_TIMEOUT_MS). Last log lines:\n${tail}`,
      );
    }
    await sleep(150);
  }
  if (!(await answers(uri, Math.max(1_000, deadline - Date.now())))) {
    if (child.pid) killQuietly(child.pid, 'SIGKILL');
    throw new AppError('DATABASE_UNAVAILABLE', `The local Neo4j printed READY but ${uri} does not answer.`);
  }
  const pid = child.pid ?? 0;
  const boundPort = Number(new URL(uri).port);
  const state: LocalState = { pid, port: boundPort, uri, home, startedAt: new Date().toISOString() };
  await writeState(home, state);
  log(`neo4j-local: pid ${pid} ready at ${uri} in ${Date.now() - started} ms`);
  return { uri, pid, port: boundPort, started: true };
}

export interface StopResult {
  /** The pid that was running, or null when nothing was. */
  readonly pid: number | null;
  /** True when SIGTERM was not enough within the timeout. */
  readonly killed: boolean;
}

/**
 * Stops the local instance of `dir`: SIGTERM (the launcher shuts Neo4j down cleanly), then
 * SIGKILL after `timeoutMs`. Removes the state file. A no-op when nothing runs.
 */
export async function stopLocal(dir: string, timeoutMs = 30_000): Promise<StopResult> {
  const home = path.resolve(dir);
  const state = await readState(home);
  if (!state || !(await isLauncherProcess(state.pid, state.home))) {
    await removeState(home);
    return { pid: null, killed: false };
  }
  killQuietly(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(state.pid) && Date.now() < deadline) await sleep(100);
  let killed = false;
  if (isAlive(state.pid)) {
    killQuietly(state.pid, 'SIGKILL');
    killed = true;
    while (isAlive(state.pid)) await sleep(50);
  }
  await removeState(home);
  return { pid: state.pid, killed };
}

export interface LocalStatus {
  readonly state: LocalState | null;
  /** The recorded pid is a live launcher serving this directory. */
  readonly running: boolean;
  /** Bolt answered a connectivity check. */
  readonly answering: boolean;
}

/** Reads the state of `dir` without changing anything. */
export async function localStatus(dir: string): Promise<LocalStatus> {
  const state = await readState(dir);
  if (!state) return { state: null, running: false, answering: false };
  const running = await isLauncherProcess(state.pid, state.home);
  return { state, running, answering: running && (await answers(state.uri, 3_000)) };
}

/**
 * Whether Bolt at `uri` completes a handshake (and authentication, given a password) within
 * `timeoutMs`, retrying meanwhile. The local launcher needs no credentials.
 */
export async function answers(
  uri: string,
  timeoutMs: number,
  credentials: { readonly user: string; readonly password: string | null } | null = null,
): Promise<boolean> {
  const auth = credentials?.password != null ? neo4j.auth.basic(credentials.user, credentials.password) : undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const driver = neo4j.driver(uri, auth, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
    try {
      await driver.verifyConnectivity();
      return true;
    } catch {
      if (Date.now() > deadline) return false;
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
}

/**
 * Builds `tools/neo4j-local` once (compiled class plus runtime jars in target/lib). Several
 * processes may race here on a fresh checkout; the build is serialised by the same kind of lock.
 */
export async function ensureLauncherBuilt(launcherDir: string, log: (m: string) => void = () => {}): Promise<void> {
  if (await isLauncherBuilt(launcherDir)) return;
  const pom = path.join(launcherDir, 'pom.xml');
  if (!existsSync(pom)) {
    throw new AppError('DATABASE_UNAVAILABLE', `The Neo4j launcher is missing (${pom}); set NEO4J_URI to an existing server.`);
  }
  requireTool('java', ['-version']);
  requireTool('mvn', ['-v']);
  const target = path.join(launcherDir, 'target');
  await mkdir(target, { recursive: true });
  await withStartLock(target, 15 * 60_000, async () => {
    if (await isLauncherBuilt(launcherDir)) return;
    log('neo4j-local: building the launcher with Maven (first use; downloads Neo4j jars)');
    const started = Date.now();
    const result = spawnSync('mvn', ['-q', '-B', '-f', pom, 'package', '-DskipTests'], { encoding: 'utf8' });
    if (result.status !== 0) {
      const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-20).join('\n');
      throw new AppError('DATABASE_UNAVAILABLE', `Building the Neo4j launcher failed (mvn package in ${launcherDir}):\n${output}`);
    }
    log(`neo4j-local: launcher built in ${Date.now() - started} ms`);
  });
}

async function isLauncherBuilt(launcherDir: string): Promise<boolean> {
  const classFile = path.join(launcherDir, 'target', 'classes', ...LAUNCHER_CLASS.split('.')) + '.class';
  if (!existsSync(classFile)) return false;
  const jars = await readdir(path.join(launcherDir, 'target', 'lib')).catch(() => []);
  return jars.some((name) => /^neo4j-bolt-.*\.jar$/.test(name));
}

function requireTool(command: 'java' | 'mvn', args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error) throw missingTool(command, result.error);
}

function missingTool(command: 'java' | 'mvn', cause: Error): AppError {
  const what =
    command === 'java'
      ? 'Java 17 or newer is needed to run the local Neo4j: install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`)'
      : 'Maven is needed to build the local Neo4j launcher once: install it (e.g. `apt-get install maven`)';
  return new AppError('DATABASE_UNAVAILABLE', `${what}, or set NEO4J_URI to an existing Neo4j server.`, { cause });
}

/** JVM memory sizes such as 512m or 1g; checked because they end up on a command line. */
function checkMemory(value: string, variable: string): string {
  if (!/^\d+[kmgKMG]?$/.test(value)) {
    throw new AppError('CONFIG', `${variable} must be a size such as 512m or 1g, not "${value}".`);
  }
  return value;
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
