import type { RelationType } from '../../domain/index.js';
import type { BucketCountRow, TimeUnit } from '../../graph/queries/network.js';
import type { TimeBucket } from '../__generated__/resolvers-types.js';

export interface TimelineBucketValue {
  readonly start: string;
  readonly total: number;
  readonly counts: Array<{ type: RelationType; count: number }>;
  readonly goldstein: number | null;
}

export function unitOf(bucket: TimeBucket): TimeUnit {
  return bucket === 'DAY' ? 'day' : bucket === 'WEEK' ? 'week' : 'month';
}

function nextStart(start: string, unit: TimeUnit): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** Buckets to fill at most; beyond it the series stays sparse (a DAY series over decades). */
const MAX_FILLED = 5000;

/**
 * Rows per (bucket, type) to a continuous series: every bucket from the first to the last with
 * evidence, empty ones included (zero total, null Goldstein), so charts need no gap logic.
 */
export function toTimeline(rows: readonly BucketCountRow[], unit: TimeUnit): TimelineBucketValue[] {
  const byBucket = new Map<string, BucketCountRow[]>();
  for (const row of rows) byBucket.set(row.bucket, [...(byBucket.get(row.bucket) ?? []), row]);
  const starts = [...byBucket.keys()].sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];
  const series: string[] = [];
  for (let s = first; s <= last && series.length < MAX_FILLED; s = nextStart(s, unit)) series.push(s);
  const all = series.length < MAX_FILLED ? series : starts;
  return all.map((start) => {
    const group = byBucket.get(start) ?? [];
    const total = group.reduce((n, r) => n + r.count, 0);
    const goldsteinSum = group.reduce((n, r) => n + r.goldsteinSum, 0);
    return {
      start,
      total,
      counts: group.map((r) => ({ type: r.type, count: r.count })).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)),
      goldstein: total === 0 ? null : Math.round((goldsteinSum / total) * 1000) / 1000,
    };
  });
}
