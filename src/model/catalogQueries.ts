/** Queries over a loaded catalog; free of Astro imports so Node tools and tests can use them. */
import type { Catalog, SluggedRange } from './catalog.ts';

/** Codes that get a page: every content entry, and every code a protocol defines. */
export function pagedCodes(catalog: Catalog): number[] {
  return [...new Set([...catalog.byCode.keys(), ...catalog.protocolMeanings.keys()])].sort((a, b) => a - b);
}

/** The range page a code falls in, if any. */
export function rangeFor(catalog: Catalog, code: number): SluggedRange | undefined {
  return catalog.ranges.find((r) => code >= r.from && code <= r.to);
}
