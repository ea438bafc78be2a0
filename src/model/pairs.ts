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
