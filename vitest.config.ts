import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing; `integration` runs against one real Neo4j started (or found)
// once by the global setup and shared through `provide`/`inject`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Some unit tests run the extractor over every annotated text (a few seconds alone); on a
          // loaded 2-core machine they took over the 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
