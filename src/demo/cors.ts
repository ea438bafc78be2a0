/**
 * CORS for the demo's JSON endpoints: a page from a listed origin (the list the socket Origin check uses)
 * may read them; any other origin gets no `Access-Control-Allow-Origin`, so its browser refuses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { addVary } from '../http/reply.ts';

/** The methods the demo's JSON endpoints answer, preflight included. */
export const CORS_METHODS = 'GET, HEAD, OPTIONS';

/** Set the CORS headers for `req` on `res`; every answer depends on `Origin`, so caches key on it. */
export function allowListedOrigin(req: IncomingMessage, res: ServerResponse, listed: readonly string[]): void {
  addVary(res, 'Origin');
  const origin = req.headers.origin;
  if (origin !== undefined && listed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
}

/** Answer a preflight (`OPTIONS`) after `allowListedOrigin`: 204 with the allowed methods. */
export function answerPreflight(res: ServerResponse): void {
  res.writeHead(204, {
    'Access-Control-Allow-Methods': CORS_METHODS,
    'Access-Control-Max-Age': '600',
    Allow: CORS_METHODS,
  });
  res.end();
}
