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
    userAgent: 'news-kg',
  });
}

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
    if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || error.code.includes('TransactionTimedOut')) {
      return new AppError('DATABASE_UNAVAILABLE', `The query ${queryName} took too long and was stopped.`, { cause: error });
    }
  }
  return error;
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

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.read('ping', (tx) => tx.run('RETURN 1'));
      return true;
    } catch {
      return false;
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
