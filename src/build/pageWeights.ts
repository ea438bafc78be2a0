/**
 * Measures the built site against the page budgets. Shared by
 * `npm run bench:pages` (prints a table) and the budget tests (assert).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { INLINE_SCRIPT, walk } from './files.ts';

/** Budgets in bytes, gzipped. */
export const BUDGETS = {
  codePageHtml: 10_000,
  comparePageHtml: 14_000,
  cssTotal: 10_000,
  inlineScript: 1_000,
  jsOnLoad: 0,
} as const;

/** Gzipped size of a buffer or string, at the level servers typically use. */
export function gzSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Size figures for one group of pages. */
export interface GroupWeight {
  /** Number of pages in the group. */
  count: number;
  /** Smallest gzipped HTML. */
  min: number;
  /** Median gzipped HTML. */
  median: number;
  /** Largest gzipped HTML. */
  max: number;
  /** The page with the largest HTML. */
  maxPage: string;
}

/** The page groups with a budget, in one locale's edition. */
export interface EditionWeights {
  /** Gzipped HTML of the code pages. */
  codePages: GroupWeight;
  /** Gzipped HTML of the comparison pages. */
  comparePages: GroupWeight;
}

/** Everything the page budgets are about, measured from a built `dist/`; the page groups are the root edition's. */
export interface SiteWeights extends EditionWeights {
  /** Gzipped CSS, all stylesheets together. */
  cssTotal: number;
  /** Gzipped bytes of scripts a page fetches on load (`<script src>` and module preloads), worst page. */
  jsOnLoad: number;
  /** Pages that fetch a script on load. */
  pagesFetchingJs: string[];
  /** Largest inline script, raw bytes. */
  inlineScriptMax: number;
}

function group(sizes: [string, number][]): GroupWeight {
  const sorted = [...sizes].sort((a, b) => a[1] - b[1]);
  const last = sorted.at(-1) ?? ['', 0];
  return {
    count: sorted.length,
    min: sorted[0]?.[1] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)]?.[1] ?? 0,
    max: last[1],
    maxPage: last[0],
  };
}

/**
 * Measure the code and comparison pages of one edition of a built site: the
 * one under `prefix` (`ko/`), or the root one for `''`.
 */
export function measureEdition(dist: string, prefix: string): EditionWeights {
  const sizeOf = (f: string) => gzSize(readFileSync(path.join(dist, prefix, f)));
  const own = walk(path.join(dist, prefix));
  const codePages = own.filter((f) => /^codes\/\d+\/index\.html$/.test(f));
  const comparePages = own.filter((f) => {
    const m = /^compare\/(\d+)-vs-(\d+)\/index\.html$/.exec(f);
    return m !== null && Number(m[1]) < Number(m[2]);
  });
  return {
    codePages: group(codePages.map((f) => [prefix + f, sizeOf(f)])),
    comparePages: group(comparePages.map((f) => [prefix + f, sizeOf(f)])),
  };
}

/** Measure a built site. */
export function measureSite(dist: string): SiteWeights {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const sizeOf = (f: string) => gzSize(readFileSync(path.join(dist, f)));

  const css = files.filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
  let jsOnLoad = 0;
  let inlineScriptMax = 0;
  const pagesFetchingJs: string[] = [];
  for (const page of html) {
    const text = readFileSync(path.join(dist, page), 'utf8');
    const fetched = [
      ...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
      ...text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1]!);
    let bytes = 0;
    for (const src of fetched) bytes += gzSize(readFileSync(path.join(dist, src.replace(/^\//, ''))));
    if (fetched.length) pagesFetchingJs.push(page);
    jsOnLoad = Math.max(jsOnLoad, bytes);
    for (const m of text.matchAll(INLINE_SCRIPT)) {
      inlineScriptMax = Math.max(inlineScriptMax, Buffer.byteLength(m[1]!));
    }
  }
  return {
    ...measureEdition(dist, ''),
    cssTotal: css.reduce((sum, f) => sum + sizeOf(f), 0),
    jsOnLoad,
    pagesFetchingJs,
    inlineScriptMax,
  };
}
