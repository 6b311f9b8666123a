/**
 * `npm run bench:load -- [--duration 30] [--connections 10] [--articles 2000] [--keep]`
 *
 * The bounded load test: a seeded server (own process) on 127.0.0.1, autocannon on the main read
 * queries for `--duration` seconds; prints requests/s, latency percentiles, errors and the
 * server's RSS before/after as JSON. Uses NEO4J_URI, else the local launcher. Exits 1 on any error.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runLoad } from './load.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    articles: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});

const result = await runLoad({
  durationSeconds: Number(args.duration),
  connections: Number(args.connections),
  articles: Number(args.articles),
  clean: !args.keep,
});
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
process.stdout.write(`${JSON.stringify({ ...result, loadAverage: load }, null, 2)}\n`);
const errors = result.errors.socket + result.errors.timeouts + result.errors.non2xx + result.errors.graphql;
process.exitCode = errors > 0 ? 1 : 0;
