import { getCollection } from 'astro:content';
import { checkCatalog } from './checkCatalog.ts';
import type { CloseCode } from './codeSchema.ts';
import type { PairText } from './pairSchema.ts';
import { pairSlug } from './pairs.ts';

/** All content, cross-checked and indexed for pages. */
export interface Catalog {
  /** Every code, ascending. */
  codes: CloseCode[];
  /** Code by number. */
  byCode: Map<number, CloseCode>;
  /** Pair text by slug (`<a>-vs-<b>`), ascending by a then b. */
  pairs: Map<string, PairText>;
}

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const codeEntries = await getCollection('codes');
  const pairEntries = await getCollection('pairs');
  const errors = checkCatalog(
    codeEntries.map((e) => ({ file: e.filePath ?? `content/codes/${e.id}.yaml`, data: e.data })),
    pairEntries.map((e) => ({ file: e.filePath ?? `content/pairs/${e.id}.yaml`, data: e.data })),
  );
  if (errors.length) throw new Error(`Invalid content:\n  ${errors.join('\n  ')}`);
  const codes = codeEntries.map((e) => e.data).sort((x, y) => x.code - y.code);
  const pairs = pairEntries.map((e) => e.data).sort((x, y) => x.a - y.a || x.b - y.b);
  return {
    codes,
    byCode: new Map(codes.map((c) => [c.code, c])),
    pairs: new Map(pairs.map((p) => [pairSlug(p.a, p.b), p])),
  };
}

/** The content catalog; the build fails with every problem listed if the content is inconsistent. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}
