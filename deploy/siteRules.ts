/**
 * What nginx must do for the static site, derived from the modules `npm start` uses and from the build, so the
 * two can't drift apart: the security headers (CSP with the hashes of the built inline scripts), the cache rules,
 * the content types, the 301s of reversed comparison URLs, and which `/demo/` paths are pages rather than the demo.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lookup } from 'mrmime';
import { walk } from '../src/build/files.ts';
import { canonicalComparison } from '../src/routing/routes.ts';
import { FRAME_PAGE, LAB_PAGE } from '../src/scenarios/sitePaths.ts';
import { createSecurityHeaders, inlineScriptHashes } from '../src/server/securityHeaders.ts';
import { HASHED_ASSET_PREFIX, SITE_CACHE_CONTROL } from '../src/server/siteHandler.ts';

/** The static site's rules, ready to be written as nginx directives. */
export interface SiteRules {
  /** Headers every static response carries, as `npm start` sends them for the public host name. */
  securityHeaders: Record<string, string>;
  /** Path prefix of the hashed assets. */
  hashedPrefix: string;
  /** `Cache-Control` for hashed assets and for everything else. */
  cacheControl: typeof SITE_CACHE_CONTROL;
  /** Content type per file extension found in the build (sirv's table, `mrmime`). */
  types: Map<string, string[]>;
  /** Reversed comparison paths (with and without the trailing slash) and their canonical path. */
  redirects: [from: string, to: string][];
  /** Pages of the site that live under `/demo/` (served from the build, not by the demo). */
  demoSitePages: string[];
}

/** Files the build precompressed: nginx serves the `.gz` one itself and has no module for `.br`. */
const PRECOMPRESSED = /\.(gz|br)$/;

/**
 * The rules for `distDir` served as `hostname`. Behind nginx the demo instances' own listeners (the untrusted TLS
 * port and the freed port of `connection-refused`) are not published, so `connect-src` names nothing beyond
 * `'self'`, which covers the demo's sockets through nginx.
 */
export function siteRules(distDir: string, hostname: string): SiteRules {
  const files = walk(distDir).filter((f) => !PRECOMPRESSED.test(f));
  const types = new Map<string, string[]>();
  for (const ext of new Set(files.map((f) => path.extname(f).slice(1)).filter(Boolean))) {
    const type = lookup(ext);
    if (type) types.set(type, [...(types.get(type) ?? []), ext]);
  }
  const redirects: [string, string][] = [];
  for (const file of files.filter((f) => /^compare\/[^/]+\/index\.html$/.test(f))) {
    const page = `/${path.dirname(file)}/`;
    const canonical = canonicalComparison(page);
    // As the site handler does: only to a canonical page that exists.
    if (canonical && existsSync(path.join(distDir, canonical, 'index.html')))
      redirects.push([page, canonical], [page.slice(0, -1), canonical]);
  }
  return {
    securityHeaders: createSecurityHeaders(inlineScriptHashes(distDir), () => [])(hostname),
    hashedPrefix: HASHED_ASSET_PREFIX,
    cacheControl: SITE_CACHE_CONTROL,
    types,
    redirects,
    demoSitePages: [FRAME_PAGE, LAB_PAGE],
  };
}
