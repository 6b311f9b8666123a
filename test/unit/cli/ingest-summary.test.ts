import { describe, expect, it } from 'vitest';
import { formatRate, summaryText } from '../../../src/cli/commands/ingest.js';

describe('kg ingest summary', () => {
  it('gives slow rates a decimal instead of rounding them to zero', () => {
    expect(formatRate(0.16)).toBe('0.2');
    expect(formatRate(7.44)).toBe('7.4');
    expect(formatRate(211.4)).toBe('211');
  });

  it('states counts, rate and failures of a run', () => {
    const text = summaryText({
      dryRun: false,
      items: 2,
      new: 1,
      updated: 0,
      unchanged: 0,
      failed: 1,
      mentions: 4,
      failures: [{ origin: 'a.txt', reason: '"text" is empty' }],
      failuresTruncated: false,
      elapsedMs: 6_100,
    });
    expect(text.split('\n')[0]).toBe('2 items in 6.1 s (0.2 articles/s)');
    expect(text).toContain('  ✗ a.txt: "text" is empty');
  });
});
