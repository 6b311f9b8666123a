import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { findOrStartNeo4j, localStatus, readState } from '../../../src/db/index.js';
import { testDriver, testEndpoint, uniquePrefix } from '../../support/neo4j.js';

const driver = testDriver();
const database = testEndpoint().database ?? undefined;
afterAll(() => driver.close());

describe('the injected Neo4j', () => {
  it('stores and reads back a node over Bolt', async () => {
    const prefix = uniquePrefix();
    const id = `${prefix}actor`;
    try {
      await driver.executeQuery('CREATE (:DbProbe {id: $id, name: $name, at: datetime($at)})', {
        id,
        name: 'Türkiye',
        at: '2024-03-01T10:00:00Z',
      }, { database });
      const { records } = await driver.executeQuery(
        'MATCH (n:DbProbe) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, n.name AS name, toString(n.at) AS at',
        { prefix },
        { database, routing: 'READ' },
      );
      expect(records.map((r) => r.toObject())).toEqual([{ id, name: 'Türkiye', at: '2024-03-01T10:00:00Z' }]);
    } finally {
      await driver.executeQuery('MATCH (n:DbProbe) WHERE n.id STARTS WITH $prefix DELETE n', { prefix }, { database });
    }
  });

  it('also answers through a routing neo4j:// URI', async () => {
    const { uri, user, password } = testEndpoint();
    const routed = neo4j.driver(
      uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:'),
      password === null ? undefined : neo4j.auth.basic(user, password),
    );
    try {
      const { records } = await routed.executeQuery('RETURN 40 + 2 AS answer', {}, { database, routing: 'READ' });
      expect(records[0]?.get('answer').toNumber()).toBe(42);
    } finally {
      await routed.close();
    }
  });

  it('is a Neo4j 5.26 server', async () => {
    const info = await driver.getServerInfo({ database });
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });
});

const localDir = inject('neo4jLocalDir');

describe.skipIf(localDir === null)('findOrStartNeo4j on a running local instance', () => {
  it('reuses it instead of starting a second one, and stop() leaves it running', async () => {
    const dir = localDir ?? '';
    const before = await readState(dir);
    const config = loadConfig({});
    const found = await findOrStartNeo4j(
      { ...config.neo4j, containers: false, local: { ...config.neo4j.local, dir } },
      { launcherDir: 'tools/neo4j-local' },
    );
    expect(found).toMatchObject({ kind: 'local', started: false, uri: testEndpoint().uri, pid: before?.pid });
    await found.stop();
    const status = await localStatus(dir);
    expect(status).toMatchObject({ running: true, answering: true });
    expect(status.state?.pid).toBe(before?.pid);
  });
});
