import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { describeNeo4j, findOrStartNeo4j, type Neo4jInstance } from './db/index.js';
import { createExtractor } from './extract/index.js';
import { createDriver, Graph } from './graph/graph.js';
import { ensureSchema, type IngestSummary, ingestMany } from './ingest/index.js';
import { loadPaths } from './ingest/loaders/index.js';
import { createServer, type KgServer } from './server/create-server.js';

/** The bundled sample articles; the same URL resolves from `src/` and `dist/`. */
export const SAMPLES_DIR = fileURLToPath(new URL('../samples/', import.meta.url));

export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

/** Per-transaction limit of the start-up schema and sample ingestion (not of requests). */
export const STARTUP_TX_TIMEOUT_MS = 300_000;

export interface StartOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** Ingest these paths (files or folders) before serving; `kg start` passes the samples. */
  readonly ingestPaths?: readonly string[];
  /** Keep a local Neo4j this process started running after shutdown. */
  readonly keepDatabase?: boolean;
}

export interface RunningApp {
  readonly url: string;
  readonly server: KgServer;
  readonly neo4j: Neo4jInstance;
  readonly ingested: IngestSummary | null;
  /** Drains HTTP and WebSocket, closes the driver, stops a database this process started. */
  stop(): Promise<void>;
}

/**
 * The composition root: config → database → driver → graph → schema → (samples) → server.
 * Everything it builds it also tears down, in reverse order.
 */
export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const neo4j = await findOrStartNeo4j(config.neo4j, {
    log: (m) => logger.debug(m),
    // A database this process starts dies with it, even when the process itself is killed
    // (SIGKILL, a crash) before it can stop it; `--keep-db` leaves it detached.
    ...(options.keepDatabase ? {} : { parentPid: process.pid }),
  });
  logger.info({ kind: neo4j.kind, uri: neo4j.uri, started: neo4j.started }, 'neo4j');
  const driver = createDriver(neo4j);
  const graph = new Graph(driver, neo4j, { txTimeoutMs: config.neo4j.txTimeoutMs });
  // The time limit guards requests. The one-off start-up work (schema, then the first batches on
  // a cold database, with indexes still populating and nothing compiled yet) may take longer
  // on a loaded machine, and a sample that fails to load would leave the example query empty.
  const startupGraph = new Graph(driver, neo4j, { txTimeoutMs: Math.max(config.neo4j.txTimeoutMs, STARTUP_TX_TIMEOUT_MS) });
  const cleanup = async (): Promise<void> => {
    await driver.close();
    if (!options.keepDatabase) await neo4j.stop();
  };
  let server: KgServer | null = null;
  try {
    await graph.verify(describeNeo4j(neo4j));
    await ensureSchema(startupGraph);
    const extractor = createExtractor({ lexiconFiles: [...config.extract.lexiconFiles] });
    let ingested: IngestSummary | null = null;
    if (options.ingestPaths && options.ingestPaths.length > 0) {
      ingested = await ingestMany(loadPaths(options.ingestPaths), {
        graph: startupGraph,
        extractor,
        maxArticleBytes: config.ingest.maxArticleBytes,
      });
      logger.info({ ...ingested, failures: ingested.failures.slice(0, 5) }, 'samples ingested');
    }
    server = await createServer({ graph, extractor, config, logger, version: packageVersion() });
    const url = await server.listen(config.http.port, config.http.host);
    logger.info({ url }, 'GraphQL ready');
    const running = server;
    let stopping: Promise<void> | null = null;
    return {
      url,
      server: running,
      neo4j,
      ingested,
      stop: () => {
        stopping ??= (async () => {
          await running.stop();
          await cleanup();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await server?.stop();
    await cleanup();
    throw error;
  }
}

/** Stops the app on SIGINT/SIGTERM (a second signal exits at once). */
export function stopOnSignals(app: RunningApp, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) process.exit(130);
    signalled = true;
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
