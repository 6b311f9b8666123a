/**
 * The server side of the load test, in its own process so the load generator does not share its
 * event loop: finds or starts Neo4j (NEO4J_URI, else the local launcher), seeds a synthetic graph
 * (idempotent: a rerun finds it stored and skips it), serves the API on 127.0.0.1 and prints one
 * line `READY <json>` with the URL and two hub actors. SIGTERM stops it (and deletes the seed
 * with KG_LOAD_CLEAN=1).
 */
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { findOrStartNeo4j } from '../../src/db/index.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { ensureSchema } from '../../src/ingest/index.js';
import { createServer } from '../../src/server/create-server.js';
import { loadSyntheticGraph } from '../synthetic/index.js';

const articles = Number(process.env['KG_LOAD_ARTICLES'] ?? '2000');
const prefix = process.env['KG_LOAD_PREFIX'] ?? 'load-';

async function main(): Promise<void> {
  const config = loadConfig();
  const endpoint = await findOrStartNeo4j(config.neo4j, { allowContainer: false });
  const driver = createDriver(endpoint);
  const graph = new Graph(driver, endpoint, { txTimeoutMs: config.neo4j.txTimeoutMs });
  await ensureSchema(graph);
  const seeded = await loadSyntheticGraph(graph, { n: articles, seed: 5, actors: 300, idPrefix: `${prefix}art-`, actorPrefix: prefix });
  const hubs = await graph.read('bench/hubs', async (tx) => {
    const r = await tx.run(
      'MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN a.id AS id, a.name AS name, COUNT { (a)--() } AS d ORDER BY d DESC LIMIT 2',
      { p: prefix },
    );
    return r.records.map((x) => ({ id: String(x.get('id')), name: String(x.get('name')) }));
  });
  const server = await createServer({
    graph,
    extractor: { extract: (a) => ({ id: a.id, actors: [], relations: [] }) },
    logger: pino({ level: 'silent' }),
    config: { ...config, http: { ...config.http, host: '127.0.0.1' } },
  });
  const url = await server.listen(0, '127.0.0.1');
  process.stdout.write(`READY ${JSON.stringify({ url: url.replace('localhost', '127.0.0.1'), hubs, seeded: { new: seeded.new, unchanged: seeded.unchanged } })}\n`);

  const stop = async (): Promise<void> => {
    await server.stop();
    if (process.env['KG_LOAD_CLEAN'] === '1') {
      for (const q of [
        'MATCH (m:Mention) WHERE m.articleId STARTS WITH $p CALL (m) { DETACH DELETE m } IN TRANSACTIONS OF 5000 ROWS',
        'MATCH (a:Article) WHERE a.id STARTS WITH $p CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 5000 ROWS',
        'MATCH (a:Actor) WHERE a.id STARTS WITH $p CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 1000 ROWS',
      ]) {
        const session = driver.session();
        try {
          await session.run(q, { p: prefix });
        } finally {
          await session.close();
        }
      }
    }
    await driver.close();
    await endpoint.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`load server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
