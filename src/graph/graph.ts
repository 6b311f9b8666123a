import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { AppError } from '../errors.js';
import { cypher } from './cypher.js';

export interface GraphEndpoint {
  readonly uri: string;
  readonly user: string;
  readonly password: string | null;
  readonly database: string | null;
}

export interface GraphOptions {
  /** Passed to every transaction, so no query runs away with the database. */
  readonly txTimeoutMs: number;
}

/** Builds a driver; `neo4j://` URIs route reads and writes across a cluster. */
export function createDriver(endpoint: GraphEndpoint): Driver {
  // A loopback server without authentication takes no token.
  const auth = endpoint.password === null ? undefined : neo4j.auth.basic(endpoint.user, endpoint.password);
  return neo4j.driver(endpoint.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    // The driver retries transient errors (deadlocks, a restarting server) for this long before a
    // unit of work fails. Its default, 30 s, kept every API request hanging for 30-60 s while the
    // database was down before answering SERVICE_UNAVAILABLE; deadlock retries between loaders
    // need far less (measured in docs/reliability.md), and ingest reruns pick up the rest.
    maxTransactionRetryTime: MAX_RETRY_MS,
    userAgent: 'news-kg',
  });
}

/** Retry budget of one unit of work on transient errors (see `createDriver`). */
export const MAX_RETRY_MS = 5_000;
/** How long `ping` waits for an answer: a readiness probe must fail fast, not retry. */
export const PING_TIMEOUT_MS = 5_000;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The one place driver errors become domain errors. */
export function translateError(error: unknown, queryName: string): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || /connect|ECONNREFUSED|Pool is closed/i.test(error.message)) {
      return new AppError('DATABASE_UNAVAILABLE', 'The graph database is unavailable.', { cause: error });
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new AppError('CONFLICT', `Conflicting write in ${queryName}.`, { cause: error });
    }
    // Still deadlocked (or lock-waiting) after the driver's retry budget: concurrent writers on the
    // same nodes, e.g. loaders merging edges of one hub actor. The caller may retry (ingest does).
    if (error.code === 'Neo.TransientError.Transaction.DeadlockDetected' || error.code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return new AppError('CONFLICT', `Concurrent writes deadlocked in ${queryName}; retry.`, { cause: error });
    }
    if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || error.code.includes('TransactionTimedOut')) {
      return new AppError('DATABASE_UNAVAILABLE', `The query ${queryName} took too long and was stopped.`, { cause: error });
    }
  }
  return error;
}

/** Why a database cannot be used, in terms of the settings that fix it. */
export function unusableReason(error: unknown, database: string | undefined): string {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code.startsWith('Neo.ClientError.Security.')) return 'authentication failed (check NEO4J_USER and NEO4J_PASSWORD)';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return `it has no database "${database ?? ''}" (NEO4J_DATABASE)`;
  return 'it does not answer';
}

/**
 * The only session code: one session per unit of work, `executeRead`/`executeWrite` (so a cluster
 * routes them and the driver retries transient errors), the query name as transaction metadata,
 * errors translated once.
 */
export class Graph {
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly txTimeoutMs: number;

  constructor(driver: Driver, endpoint: Pick<GraphEndpoint, 'database'>, options: GraphOptions) {
    this.driver = driver;
    this.database = endpoint.database ?? undefined;
    this.txTimeoutMs = options.txTimeoutMs;
  }

  read<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('READ', name, work);
  }

  write<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', name, work);
  }

  /**
   * True when the database answers a trivial query within `timeoutMs`. One attempt, no driver
   * retries: `/readyz` must say "not ready" at once while the database is down, not after the
   * retry budget.
   */
  async ping(timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.database ? { database: this.database } : {}),
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answered = session.run('RETURN 1', {}, { timeout: timeoutMs, metadata: { query: 'ping' } }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
      // Closing waits for the query; after a timeout that could hang as long as the server does.
      void session.close().catch(() => {});
    }
  }

  /**
   * Fails at once, with one line naming the database (`where`), when it cannot be used: commands
   * check this before any work, so an unreachable server or a wrong password is not reported as
   * an interrupted write, and one attempt is made (no retry budget).
   */
  async verify(where: string): Promise<void> {
    try {
      await this.driver.getServerInfo(this.database ? { database: this.database } : {});
    } catch (error) {
      throw new AppError('DATABASE_UNAVAILABLE', `cannot use Neo4j at ${where}: ${unusableReason(error, this.database)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    const config = { timeout: this.txTimeoutMs, metadata: { query: name } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw translateError(error, name);
    } finally {
      await session.close();
    }
  }
}

/** Runs the registered query `name` with parameters inside a transaction. */
export function runQuery<R extends RecordShape = RecordShape>(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<R>> {
  return tx.run<R>(cypher(name), params);
}
