import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { findOrStartNeo4j, type Neo4jInstance } from '../../src/db/index.js';
import { isAlive } from '../../src/db/local-state.js';

export interface ProvidedNeo4j {
  readonly uri: string;
  readonly user: string;
  /** null = no authentication (the local launcher on loopback). */
  readonly password: string | null;
  readonly database: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
    /** Data directory of the dedicated local instance; null when NEO4J_URI or a container is used. */
    neo4jLocalDir: string | null;
  }
}

/**
 * One Neo4j for the whole integration run. With NEO4J_URI set, that server is used as is (tests
 * isolate themselves by id prefix, so a shared server is fine). Otherwise a dedicated instance
 * with its own fresh data directory and port, never the developer's `.data/neo4j`, stopped and
 * deleted at teardown; it also stops by itself if this runner dies before teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const dir = path.resolve('.data', `neo4j-test-${process.pid}`);
  const external = config.neo4j.uri !== null;
  if (!external) {
    await removeAbandonedTestDirs();
    await rm(dir, { recursive: true, force: true });
  }
  const debug = process.env['KG_DEBUG'] ? (m: string) => process.stderr.write(`${m}\n`) : undefined;

  const started = Date.now();
  const instance: Neo4jInstance = await findOrStartNeo4j(
    {
      ...config.neo4j,
      local: { ...config.neo4j.local, dir, port: 0, heap: '1g', pageCache: '256m' },
    },
    { parentPid: process.pid, ...(debug ? { log: debug } : {}) },
  );
  if (instance.started) {
    process.stderr.write(`[neo4j] ${instance.kind} ${instance.uri} ready in ${Date.now() - started} ms\n`);
  }
  project.provide('neo4j', {
    uri: instance.uri,
    user: instance.user,
    password: instance.password,
    database: instance.database,
  });
  project.provide('neo4jLocalDir', instance.kind === 'local' ? dir : null);

  return async () => {
    await instance.stop();
    if (!external) await rm(dir, { recursive: true, force: true });
  };
}

/**
 * A run killed before its teardown leaves its data directory behind (its JVM stops by itself);
 * the directory names carry the owning pid, so dead owners' directories can go.
 */
async function removeAbandonedTestDirs(): Promise<void> {
  const root = path.resolve('.data');
  const names = await readdir(root).catch(() => []);
  for (const name of names) {
    const pid = /^neo4j-(?:launcher-)?test-(\d+)$/.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) await rm(path.join(root, name), { recursive: true, force: true });
  }
}
