/** Pages under `/demo/` that belong to the static site rather than to the demo's HTTP API. */

/** The `client-navigate-away` scenario's iframe page. */
export const FRAME_PAGE = '/demo/frame/';
/** The lab's blank page that browsers under measurement load. */
export const LAB_PAGE = '/demo/lab/';

/** Is this request path one of those static pages (with or without the trailing slash)? */
export function isDemoSitePage(pathname: string): boolean {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return withSlash === FRAME_PAGE || withSlash === LAB_PAGE;
}
