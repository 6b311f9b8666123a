import { Neo4jError } from 'neo4j-driver';
import { cypherRegistry } from './cypher.js';
import { type Graph, runQuery } from './graph.js';
import { backfillStrongest } from './strongest.js';

const AWAIT_INDEXES = 'schema/999-await-indexes';

/** The schema statements (`cypher/schema/NNN-*.cypher`) in the order they are applied. */
export function schemaStatements(): string[] {
  return [...cypherRegistry().keys()].filter((name) => name.startsWith('schema/') && name !== AWAIT_INDEXES).sort();
}

/**
 * Two processes starting together both see an index as missing and both create it; the loser's
 * `IF NOT EXISTS` does not cover that race and fails with one of these codes.
 */
const ALREADY_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

/**
 * Applies every constraint and index in `cypher/schema/` in file order, one schema transaction
 * each (Neo4j does not mix schema and data changes), then waits until all indexes are online, then
 * computes the derived lists of strongest edges of actors that have none (data written before
 * they existed; see strongest.ts).
 *
 * Contract: idempotent (every statement is `IF NOT EXISTS`, and a concurrent creator's win is
 * ignored; the backfill only fills what is missing); safe to call at every start-up; changes no
 * stored fact. Returns the schema statements applied.
 */
export async function ensureSchema(graph: Graph): Promise<string[]> {
  const names = schemaStatements();
  for (const name of names) {
    try {
      await graph.write(name, (tx) => runQuery(tx, name));
    } catch (error) {
      if (error instanceof Neo4jError && ALREADY_EXISTS.has(error.code)) continue;
      throw error;
    }
  }
  await graph.read(AWAIT_INDEXES, (tx) => runQuery(tx, AWAIT_INDEXES));
  await backfillStrongest(graph);
  return names;
}
