import type { Neo4jConfig } from '../config.js';
import { startLocal, stopLocal, type LocalStartOptions } from './local-launcher.js';

/** The Neo4j image used when a container runtime exists; same LTS line as the local launcher. */
export const NEO4J_IMAGE = 'neo4j:5.26';

export type Neo4jKind = 'external' | 'container' | 'local';

/** Where the app connects; `password: null` means no authentication (the loopback launcher). */
export interface Neo4jInstance {
  readonly uri: string;
  readonly user: string;
  readonly password: string | null;
  readonly database: string | null;
  readonly kind: Neo4jKind;
  /** Local launcher pid, when kind is 'local'. */
  readonly pid: number | null;
  /** True when this call started the database (rather than finding one). */
  readonly started: boolean;
  /** Stops what this call started; a no-op for an external server or a reused instance. */
  stop(): Promise<void>;
}

/** How messages name a database: its URI, and the variable that chose it when it is external. */
export function describeNeo4j(instance: Pick<Neo4jInstance, 'uri' | 'kind'>): string {
  return instance.kind === 'external' ? `${instance.uri} (NEO4J_URI)` : instance.uri;
}

export interface FindOrStartOptions extends LocalStartOptions {
  /**
   * Consider a testcontainers Neo4j (when `config.containers` is also true). `kg db start` turns
   * this off: testcontainers reaps its containers when the process exits, and that command must
   * leave a database running.
   */
  readonly allowContainer?: boolean;
}

/**
 * The one way the server, the CLI and the tests obtain a Neo4j, in this order:
 *  1. `config.uri` (NEO4J_URI, any scheme incl. `neo4j://` routing) with the configured credentials;
 *  2. a `neo4j:5.26` container via testcontainers, if `config.containers` and a runtime answers;
 *  3. the local launcher on `config.local.dir`, reused if already running, else started detached.
 * Step 2 failing (no runtime) falls through to step 3 with only a debug message.
 */
export async function findOrStartNeo4j(config: Neo4jConfig, options: FindOrStartOptions = {}): Promise<Neo4jInstance> {
  const log = options.log ?? (() => {});
  if (config.uri !== null) {
    return {
      uri: config.uri,
      user: config.user,
      password: config.password,
      database: config.database,
      kind: 'external',
      pid: null,
      started: false,
      stop: async () => {},
    };
  }
  if (config.containers && options.allowContainer !== false) {
    const container = await tryContainer(log);
    if (container) return container;
  }
  const local = await startLocal(config.local, options);
  return {
    uri: local.uri,
    user: config.user,
    password: null,
    database: null,
    kind: 'local',
    pid: local.pid,
    started: local.started,
    stop: local.started ? async () => void (await stopLocal(config.local.dir)) : async () => {},
  };
}

async function tryContainer(log: (m: string) => void): Promise<Neo4jInstance | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    // Throws within milliseconds when there is no Docker/Podman socket; only then is it worth
    // loading the Neo4j module and pulling an image.
    await getContainerRuntimeClient();
  } catch (error) {
    log(`neo4j: no container runtime (${error instanceof Error ? error.message : String(error)}); using the local launcher`);
    return null;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log(`neo4j: starting container ${NEO4J_IMAGE}`);
  const container = await new Neo4jContainer(NEO4J_IMAGE).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: null,
    kind: 'container',
    pid: null,
    started: true,
    stop: async () => void (await container.stop()),
  };
}
