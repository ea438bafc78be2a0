/** Access to the real built site in `dist/` for tests. */
import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { walk } from '../../src/build/files.ts';
import { ROOT } from './content.ts';

/** Absolute path of the build output, with a trailing slash. */
export const DIST = `${ROOT}dist/`;
/** The configured site origin that canonical URLs use. */
export { SITE_ORIGIN as SITE } from '../../src/routing/routes.ts';

/** Fail early with a clear message if nobody built the site. */
export function requireBuild(): void {
  if (!existsSync(`${DIST}index.html`))
    throw new Error('dist/ has no build: run `npm run build` (npm test does it for you).');
}

/** Every HTML file of the site (not Pagefind's), relative to dist. */
export function htmlFiles(): string[] {
  return walk(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The dist file a site path resolves to, or undefined when none exists. */
export function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(`${DIST}${c}`));
}

const cache = new Map<string, HTMLElement>();
/** Parse a built HTML file (relative to dist). */
export function page(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(`${DIST}${file}`, 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** The site path a dist HTML file is served at. */
export function pathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** Is this a utility page kept out of search engines (404, the demo's iframe page)? */
export function isNoindex(file: string): boolean {
  return page(file).querySelector('meta[name="robots"][content="noindex"]') !== null && !isRedirectStub(file);
}

/** Is this page a redirect stub (meta refresh) rather than a real page? */
export function isRedirectStub(file: string): boolean {
  return page(file).querySelector('meta[http-equiv="refresh"]') !== null;
}
