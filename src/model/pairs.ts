/** Pair generation and pair slugs for comparison pages. */

/** Two codes to compare, the lower first. */
export interface CodePair {
  /** The lower code. */
  a: number;
  /** The higher code. */
  b: number;
}

/** Every unordered pair of distinct codes, each with the lower code first, in ascending order. */
export function allPairs(codes: readonly number[]): CodePair[] {
  const sorted = [...new Set(codes)].sort((x, y) => x - y);
  const pairs: CodePair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push({ a: sorted[i]!, b: sorted[j]! });
  }
  return pairs;
}

/** The slug of a pair as used in `/compare/<slug>/` and `content/pairs/<slug>.yaml`. */
export function pairSlug(x: number, y: number): string {
  const [a, b] = x < y ? [x, y] : [y, x];
  return `${a}-vs-${b}`;
}

/**
 * Parse `<x>-vs-<y>` into its two codes, in the order written, or `undefined`
 * when the slug is malformed.
 */
export function parsePairSlug(slug: string): { x: number; y: number } | undefined {
  const match = /^(\d{1,4})-vs-(\d{1,4})$/.exec(slug);
  if (!match) return undefined;
  return { x: Number(match[1]), y: Number(match[2]) };
}
