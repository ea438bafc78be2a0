/** Which pages search engines should index: one list, used by the sitemap and checked by the tests. */
import { FRAME_PAGE, LAB_PAGE } from '../scenarios/sitePaths.ts';
import { canonicalComparison } from '../routing/routes.ts';
import { splitLocale } from '../i18n/localePaths.ts';

/** Utility pages kept out of search engines and the sitemap, in every locale. */
export const NOINDEX_PATHS: readonly string[] = ['/404/', '/compare/', FRAME_PAGE, LAB_PAGE];

/** Should this page's URL be in the sitemap? */
export function inSitemap(url: string): boolean {
  const { path } = splitLocale(new URL(url).pathname);
  return !NOINDEX_PATHS.includes(path) && canonicalComparison(path) === undefined;
}
