/** A small seeded PRNG (mulberry32), so a fuzz failure replays exactly from its seed. */

/** A seeded random source. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of `items`. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** A PRNG from `seed`. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/** The seed to use: `FUZZ_SEED` from the environment to replay a failure, else `fallback`. */
export function fuzzSeed(fallback: number): number {
  const raw = process.env['FUZZ_SEED'];
  return raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
}
