import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { canonicalComparison, notFoundPathFor } from '../routing/routes.ts';
import { replyJson } from '../http/reply.ts';
import {} from '../demo/validateRequest.ts';
import { MALFORMED_TARGET } from '../http/requestTarget.ts';
import { sanitizeRange } from '../http/rangeHeader.ts';
import { parseRequestTarget } from '../http/requestTarget.ts';

/** A plain Node request handler. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Where the build puts assets whose names carry a hash of their content. */
export const HASHED_ASSET_PREFIX = '/_astro/';

/** `Cache-Control` of the site's files: hashed assets never change, everything else is revalidated. */
export const SITE_CACHE_CONTROL = {
  /** Under `HASHED_ASSET_PREFIX`. */
  hashed: 'public, max-age=31536000, immutable',
  /** Every other file. */
  other: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Serves the built site from `distDir`: hashed assets cached forever, pages
 * revalidated, reversed comparison URLs answered with a 301 to the canonical
 * order, and everything unknown with the 404 page and status 404. Only
 * GET and HEAD; a `Range` header is checked before sirv sees it.
 */
export function createSiteHandler(distDir: string): Handler {
  // Each locale's not-found page, read on first use, for the unknown paths under its prefix.
  const notFoundPages = new Map<string, Buffer>();
  const notFound = (pathname: string): Buffer => {
    const file = path.join(distDir, notFoundPathFor(pathname));
    let page = notFoundPages.get(file);
    if (!page) notFoundPages.set(file, (page = existsSync(file) ? readFileSync(file) : Buffer.from('Not found')));
    return page;
  };
  const serve = sirv(distDir, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith(HASHED_ASSET_PREFIX) ? SITE_CACHE_CONTROL.hashed : SITE_CACHE_CONTROL.other,
      );
    },
  });
  return (req, res) => {
    const url = parseRequestTarget(req.url);
    if (!url) return replyJson(res, 400, MALFORMED_TARGET);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return replyJson(
        res,
        405,
        { error: 'method-not-allowed', detail: 'The site answers GET and HEAD only.' },
        { Allow: 'GET, HEAD' },
      );
    sanitizeRange(req);
    const canonical = canonicalComparison(url.pathname);
    if (canonical && existsSync(path.join(distDir, canonical, 'index.html'))) {
      res.writeHead(301, { Location: `${canonical}${url.search}` });
      res.end();
      return;
    }
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound(url.pathname));
    });
  };
}
