import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isAppError } from '../../src/errors.js';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFIG') return error.message;
    throw error;
  }
  throw new Error('no configuration error');
}

describe('loadConfig', () => {
  it('accepts every scheme neo4j-driver speaks', () => {
    for (const uri of ['bolt://127.0.0.1:7687', 'neo4j://db.example.org', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://host:7687']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
    expect(loadConfig({}).neo4j.uri).toBeNull();
  });

  it('rejects a NEO4J_URI the driver cannot use, on one line naming the variable', () => {
    for (const uri of ['http://127.0.0.1:7474', 'localhost:7687', 'bolt://', 'not a uri']) {
      const message = configError({ NEO4J_URI: uri });
      expect(message).toMatch(/^Invalid configuration: NEO4J_URI: must be a Neo4j URI/);
      expect(message).not.toContain('\n');
    }
  });

  it('lists every bad variable at once on one line', () => {
    const message = configError({ NEO4J_URI: 'http://x', PORT: 'eighty', KG_API_KEYS: 'broken' });
    expect(message).toContain('NEO4J_URI');
    expect(message).toContain('PORT');
    expect(message).not.toContain('\n');
  });

  it('takes a relative local Neo4j folder from the project folder, not the working directory', () => {
    const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
    expect(loadConfig({}).neo4j.local.dir).toBe(path.join(root, '.data', 'neo4j'));
    expect(loadConfig({ NEO4J_LOCAL_DIR: 'db/here' }).neo4j.local.dir).toBe(path.join(root, 'db', 'here'));
    expect(loadConfig({ NEO4J_LOCAL_DIR: '/srv/kg/neo4j' }).neo4j.local.dir).toBe('/srv/kg/neo4j');
  });
});
