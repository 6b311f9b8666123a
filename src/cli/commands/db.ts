import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { answers, findOrStartNeo4j, localStatus, stopLocal } from '../../db/index.js';

/**
 * `kg db start|stop|status`: the database the other commands and the server will use. `start`
 * leaves a local instance running after it returns; with NEO4J_URI set there is nothing to start.
 */
export function register(program: Command): void {
  const db = program.command('db').description('Start, stop or inspect the Neo4j the app uses');
  const print = (line: string): void => void process.stdout.write(`${line}\n`);
  const debug = process.env['KG_DEBUG'] ? (m: string) => void process.stderr.write(`${m}\n`) : undefined;

  db.command('start')
    .description('Start the local Neo4j (or reuse the running one) and print its Bolt URI')
    .action(async () => {
      const config = loadConfig();
      const started = Date.now();
      const instance = await findOrStartNeo4j(config.neo4j, {
        // A testcontainers container would be removed when this command exits.
        allowContainer: false,
        ...(debug ? { log: debug } : {}),
      });
      if (instance.kind === 'external') {
        const up = await answers(instance.uri, 3_000, config.neo4j);
        if (!up) throw new AppError('DATABASE_UNAVAILABLE', `NEO4J_URI is set, so there is nothing to start, and ${instance.uri} does not answer`);
        print(`external ${instance.uri} (NEO4J_URI is set; nothing to start)`);
      } else if (instance.started) {
        print(`started local ${instance.uri} pid ${instance.pid ?? '?'} in ${Date.now() - started} ms`);
      } else {
        print(`running local ${instance.uri} pid ${instance.pid ?? '?'}`);
      }
    });

  db.command('stop')
    .description('Stop the local Neo4j (clean shutdown, forced after --timeout)')
    .option('--timeout <ms>', 'wait this long for a clean shutdown before SIGKILL', '30000')
    .action(async (options: { timeout: string }) => {
      const config = loadConfig();
      const timeoutMs = Number.parseInt(options.timeout, 10);
      const result = await stopLocal(config.neo4j.local.dir, Number.isFinite(timeoutMs) ? timeoutMs : 30_000);
      if (result.pid === null) print(`not running (${config.neo4j.local.dir})`);
      else print(`stopped pid ${result.pid}${result.killed ? ' (forced with SIGKILL)' : ''}`);
    });

  db.command('status')
    .description('Show which Neo4j the app would use and whether it answers')
    .action(async () => {
      const config = loadConfig();
      if (config.neo4j.uri !== null) {
        const up = await answers(config.neo4j.uri, 3_000, config.neo4j);
        print(`kind: external\nuri: ${config.neo4j.uri}\npid: -\nrunning: ${up ? 'yes' : 'no'}`);
        process.exitCode = up ? 0 : 5;
        return;
      }
      const status = await localStatus(config.neo4j.local.dir);
      const state = status.state;
      print(
        [
          'kind: local',
          `dir: ${config.neo4j.local.dir}`,
          `uri: ${state?.uri ?? '-'}`,
          `pid: ${state?.pid ?? '-'}`,
          `running: ${status.running ? (status.answering ? 'yes' : 'yes, but Bolt does not answer') : 'no'}`,
        ].join('\n'),
      );
      // Scripts can poll `kg db status` and branch on the exit code.
      process.exitCode = status.answering ? 0 : 5;
    });
}
