import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../src/domain/index.js';
import type { Graph } from '../../../src/graph/graph.js';
import { ensureSchema, schemaStatements } from '../../../src/graph/schema.js';
import { testDriver } from '../../support/neo4j.js';
import { testGraph } from '../ingest/support.js';

let driver: Driver;
let graph: Graph;

beforeAll(() => {
  driver = testDriver();
  graph = testGraph(driver);
});
afterAll(() => driver.close());

async function schemaNames(): Promise<{ constraints: string[]; indexes: Array<{ name: string; state: string }> }> {
  return graph.read('test/schema', async (tx) => {
    const c = await tx.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const i = await tx.run('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
    return {
      constraints: c.records.map((r) => String(r.get('name'))),
      indexes: i.records.map((r) => ({ name: String(r.get('name')), state: String(r.get('state')) })),
    };
  });
}

describe('ensureSchema', () => {
  it('applies every constraint and index, all online, and is idempotent', async () => {
    const applied = await ensureSchema(graph);
    expect(applied).toEqual(schemaStatements());
    const first = await schemaNames();
    expect(first.constraints).toEqual(
      expect.arrayContaining(['actor_id_unique', 'article_id_unique', 'mention_id_unique', 'audit_entry_id_unique']),
    );
    const names = first.indexes.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['actorSearch', 'mention_relation_id', 'mention_article_id', 'mention_type_date']));
    for (const type of RELATION_TYPES) {
      expect(names).toContain(`${type.toLowerCase()}_last_seen`);
      expect(names).toContain(`${type.toLowerCase()}_retracted`);
    }
    expect(first.indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);

    await ensureSchema(graph);
    await Promise.all([ensureSchema(graph), ensureSchema(graph)]);
    expect(await schemaNames()).toEqual(first);
  });

  it('applies the schema files in numeric order, one statement each', () => {
    const names = schemaStatements();
    expect(names[0]).toBe('schema/001-actor-id-unique');
    expect([...names].sort()).toEqual(names);
    expect(names).not.toContain('schema/999-await-indexes');
  });
});
