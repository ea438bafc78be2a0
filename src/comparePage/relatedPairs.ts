import type { Catalog } from '../model/catalog.ts';
import type { PairText } from '../model/pairSchema.ts';
import { pairSlug } from '../routing/routes.ts';

/**
 * Comparisons a reader of the a-vs-b page is likely to want next: each code
 * against the other's related codes, then against its own related codes.
 */
export function relatedPairs(catalog: Catalog, a: number, b: number, limit = 6): PairText[] {
  const codeA = catalog.byCode.get(a);
  const codeB = catalog.byCode.get(b);
  const candidates: [number, number][] = [
    ...(codeB?.related ?? []).map((r): [number, number] => [a, r]),
    ...(codeA?.related ?? []).map((r): [number, number] => [b, r]),
    ...(codeA?.related ?? []).map((r): [number, number] => [a, r]),
    ...(codeB?.related ?? []).map((r): [number, number] => [b, r]),
  ];
  const self = pairSlug(a, b);
  const out = new Map<string, PairText>();
  for (const [x, y] of candidates) {
    const slug = pairSlug(x, y);
    const pair = catalog.pairs.get(slug);
    if (x !== y && slug !== self && pair) out.set(slug, pair);
    if (out.size >= limit) break;
  }
  return [...out.values()];
}
