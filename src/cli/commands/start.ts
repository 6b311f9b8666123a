import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { SAMPLES_DIR, startApp, stopOnSignals } from '../../main.js';
import { createLogger } from '../../server/logger.js';

/**
 * What `npm start` prints once the API answers: one query an analyst can paste, answered from the
 * bundled reference article (Pakistan accusing the Afghan Taliban, with the sentences that say so).
 */
export const EXAMPLE_QUERY = `{
  relations(filter: { source: "pakistan", target: "afghan-taliban", types: [ACCUSES] }) {
    nodes {
      source { name }
      type
      target { name }
      confidence
      count
      evidence(first: 3) { sentence start end claimant { name } article { title } }
    }
  }
}`;

/**
 * `kg start` (`npm start`): finds or starts Neo4j, applies the schema, ingests the bundled samples
 * and serves GraphQL, then prints an example query.
 */
export function register(program: Command): void {
  program
    .command('start')
    .description('Start everything: Neo4j, schema, the sample articles, and the GraphQL API')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--keep-db', 'leave a local Neo4j started by this command running after exit')
    .action(async (options: { port?: string; keepDb?: boolean }) => {
      const config = loadConfig(options.port === undefined ? process.env : { ...process.env, PORT: options.port });
      const logger = createLogger(config.log.level);
      const app = await startApp({ config, logger, ingestPaths: [SAMPLES_DIR], keepDatabase: options.keepDb === true });
      stopOnSignals(app, logger);
      const s = app.ingested;
      const out = [
        s ? `Samples: ${s.items} articles (${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed).` : '',
        `GraphQL API on ${app.url}`,
        '',
        'Try (in a GraphQL client, or with curl):',
        EXAMPLE_QUERY,
        '',
        `curl -s ${app.url} -H 'content-type: application/json' \\`,
        `  -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'`,
        '',
        `Explorer: ${app.url.replace(/graphql$/, '')}`,
        'Every query, mutation and the subscription with its answer: docs/queries.md',
        ...(config.auth.keys.some((k) => k.role === 'write')
          ? []
          : ['Mutations need a write key: KG_API_KEYS=name:write:<sha256 hex of the key> (see .env.example).']),
        app.neo4j.started && !options.keepDb
          ? 'Ctrl-C stops the server and the Neo4j it started.'
          : 'Ctrl-C stops the server (the Neo4j keeps running).',
        '',
      ];
      process.stdout.write(out.filter((l, i) => l !== '' || i > 0).join('\n'));
    });
}
