/** Which pages search engines should index: one list, used by the sitemap and checked by the tests. */

/** Utility pages kept out of search engines and the sitemap. */
export const NOINDEX_PATHS: readonly string[] = ['/404/', '/compare/', '/demo/frame/', '/demo/lab/'];

/** Is this site path a reversed comparison, which only redirects to the canonical order? */
export function isReversedComparison(pathname: string): boolean {
  const m = /^\/compare\/(\d+)-vs-(\d+)\/$/.exec(pathname);
  return m !== null && Number(m[1]) > Number(m[2]);
}

/** Should this page's URL be in the sitemap? */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !NOINDEX_PATHS.includes(pathname) && !isReversedComparison(pathname);
}
