/**
 * A small seeded PRNG (mulberry32): the same seed gives the same articles on every machine, so
 * benchmark runs compare like with like.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** Index drawn with probability ∝ 1/(rank+1)^s: a few hubs, a long tail, as in news. */
  zipf(size: number, s?: number): number;
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const zipfTables = new Map<string, Float64Array>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)] as T;
    },
    zipf(size, s = 1.0) {
      const key = `${size}:${s}`;
      let cdf = zipfTables.get(key);
      if (!cdf) {
        cdf = new Float64Array(size);
        let sum = 0;
        for (let i = 0; i < size; i++) {
          sum += 1 / Math.pow(i + 1, s);
          cdf[i] = sum;
        }
        for (let i = 0; i < size; i++) cdf[i] = (cdf[i] ?? 0) / sum;
        zipfTables.set(key, cdf);
      }
      const u = next();
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cdf[mid] ?? 1) < u) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    chance: (p) => next() < p,
  };
}
