import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/graph/values.js';

describe('toIsoDate', () => {
  it('prints dates as YYYY-MM-DD', () => {
    expect(toIsoDate(new neo4j.types.Date(2025, 10, 9))).toBe('2025-10-09');
  });

  it('prints date-times with a nine-digit fraction, so the strings sort as the instants', () => {
    const whole = toIsoDate(new neo4j.types.DateTime(2026, 11, 25, 10, 12, 46, 0, 0));
    const later = toIsoDate(new neo4j.types.DateTime(2026, 11, 25, 10, 12, 46, 832_000_000, 0));
    expect(whole).toBe('2026-11-25T10:12:46.000000000Z');
    expect(later).toBe('2026-11-25T10:12:46.832000000Z');
    expect([later, whole].sort()).toEqual([whole, later]);
    expect(Date.parse(whole!)).toBe(Date.UTC(2026, 10, 25, 10, 12, 46));
  });

  it('keeps offsets and passes nulls through', () => {
    expect(toIsoDate(new neo4j.types.DateTime(2026, 1, 2, 3, 4, 5, 6, 3600))).toBe('2026-01-02T03:04:05.000000006+01:00');
    expect(toIsoDate(null)).toBeNull();
  });
});
