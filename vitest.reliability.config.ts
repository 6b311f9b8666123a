import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: concurrent loaders, a Neo4j stopped mid-ingest, hostile input and
// queries, auth and a short load run. Kept out of `npm test` because it is slower (it starts and
// stops a second, dedicated Neo4j). Shares the integration suite's global setup, so it gets its
// own fresh Neo4j (or NEO4J_URI) and isolates itself by id prefixes.
export default defineConfig({
  test: {
    name: 'reliability',
    include: ['test/reliability/**/*.rel.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // Files measure latencies and memory; running them one at a time keeps the figures honest
    // on a 2-core machine.
    fileParallelism: false,
  },
});
