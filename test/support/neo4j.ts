import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { ProvidedNeo4j } from './global-setup.js';

/** The Neo4j the global setup found or started for this run. */
export function testEndpoint(): ProvidedNeo4j {
  return inject('neo4j');
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
