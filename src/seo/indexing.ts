/** Which pages search engines should index: one list, used by the sitemap and checked by the tests. */
import { FRAME_PAGE, LAB_PAGE } from '../scenarios/sitePaths.ts';
import { parsePairSlug } from '../model/pairs.ts';

/** Utility pages kept out of search engines and the sitemap. */
export const NOINDEX_PATHS: readonly string[] = ['/404/', '/compare/', FRAME_PAGE, LAB_PAGE];

/** Is this site path a reversed comparison, which only redirects to the canonical order? */
export function isReversedComparison(pathname: string): boolean {
  const pair = parsePairSlug(/^\/compare\/([^/]+)\/$/.exec(pathname)?.[1] ?? '');
  return pair !== undefined && pair.x > pair.y;
}

/** Should this page's URL be in the sitemap? */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !NOINDEX_PATHS.includes(pathname) && !isReversedComparison(pathname);
}
