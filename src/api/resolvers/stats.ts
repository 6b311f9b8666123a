import type { TimeBucket } from '../__generated__/resolvers-types.js';

/** The arguments of `stats`; each selected field runs its own query. */
export interface StatsParent {
  readonly since: string | null;
  readonly until: string | null;
  readonly bucket: TimeBucket;
  readonly top: number;
}
