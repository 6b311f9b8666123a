import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { startApp, stopOnSignals } from '../../main.js';
import { createLogger } from '../../server/logger.js';

/** `kg serve`: the GraphQL API over whatever the graph holds (finds or starts Neo4j). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API (http://localhost:4000/graphql by default)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--keep-db', 'leave a local Neo4j started by this command running after exit')
    .action(async (options: { port?: string; keepDb?: boolean }) => {
      const config = loadConfig(options.port === undefined ? process.env : { ...process.env, PORT: options.port });
      const logger = createLogger(config.log.level);
      const app = await startApp({ config, logger, keepDatabase: options.keepDb === true });
      stopOnSignals(app, logger);
      process.stdout.write(`GraphQL API on ${app.url}\n`);
    });
}
