import { describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/load/load.js';
import { childEnv, uniquePrefix } from '../support/neo4j.js';
import { figure } from './support.js';

/**
 * A short run of the bounded load test (`npm run bench:load` runs the 30 s one): the server, in its
 * own process, answers every request without an error and its memory does not grow without
 * bound. Speed is reported, never asserted.
 */
describe('load', () => {
  it('serves the main read queries under load with zero errors and flat memory', { timeout: 300_000 }, async () => {
    const result = await runLoad({
      durationSeconds: 10,
      connections: 8,
      articles: 300,
      prefix: uniquePrefix('ld'),
      clean: true,
      env: childEnv(),
    });
    figure('load (10 s, 8 connections)', result);
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toEqual({ socket: 0, timeouts: 0, non2xx: 0, graphql: 0 });
    // Generous: a leak over thousands of requests would show as growth well past warm-up.
    expect(result.rssMb.after).toBeLessThan(result.rssMb.before * 1.5 + 100);
  });
});
