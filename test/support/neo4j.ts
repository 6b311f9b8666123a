import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { ProvidedNeo4j } from './global-setup.js';

/** The Neo4j the global setup found or started for this run. */
export function testEndpoint(): ProvidedNeo4j {
  return inject('neo4j');
}

/**
 * The environment of a child process (`kg …`, a server) that must use the run's Neo4j: PATH, HOME,
 * the NEO4J_* variables and silent logs, plus `extra`.
 */
export function childEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string | undefined> {
  const endpoint = testEndpoint();
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NEO4J_URI: endpoint.uri,
    ...(endpoint.password ? { NEO4J_USER: endpoint.user, NEO4J_PASSWORD: endpoint.password } : {}),
    ...(endpoint.database ? { NEO4J_DATABASE: endpoint.database } : {}),
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

/**
 * A driver on the run's Neo4j. Close it in `afterAll`. Pass `testEndpoint().database ?? undefined`
 * as the session/executeQuery database when talking to an external server.
 */
export function testDriver(): Driver {
  const { uri, user, password } = testEndpoint();
  return neo4j.driver(uri, password === null ? undefined : neo4j.auth.basic(user, password), {
    userAgent: 'news-kg-test',
  });
}

/**
 * A fresh prefix for ids this test creates, e.g. `t3f9a1c2-`; tests write only ids that start
 * with it and delete only those, so files can share one database (and run against a real server).
 * Starts with a letter so it is also a valid label or property-key fragment.
 */
export function uniquePrefix(label = 't'): string {
  return `${label}${randomBytes(4).toString('hex')}-`;
}
