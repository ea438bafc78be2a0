/** Which pages search engines should index: one list, used by the sitemap and checked by the tests. */
import { FRAME_PAGE, LAB_PAGE } from '../scenarios/sitePaths.ts';
import { canonicalComparison } from '../routing/routes.ts';

/** Utility pages kept out of search engines and the sitemap. */
export const NOINDEX_PATHS: readonly string[] = ['/404/', '/compare/', FRAME_PAGE, LAB_PAGE];

/** Should this page's URL be in the sitemap? */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !NOINDEX_PATHS.includes(pathname) && canonicalComparison(pathname) === undefined;
}
