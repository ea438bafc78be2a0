/** The Origin allowlist: one list for the demo's sockets (against cross-site WebSocket hijacking) and its CORS answers. */
import type { IncomingMessage } from 'node:http';
import type { RequestClient } from '../http/trustProxy.ts';

/** The origins allowed by configuration: the site's public origin, then the extra ones. */
export function listedOrigins(publicOrigin: URL | null, extra: readonly string[]): string[] {
  return [...(publicOrigin ? [publicOrigin.origin] : []), ...extra];
}

/**
 * Is this request's Origin allowed to open a demo socket? Requests without an Origin (non-browser clients)
 * are; browsers must come from a listed origin or from the site itself: the same host, on the site port or
 * the request's own port (when `Host` names none, the default port of the scheme the client used).
 */
export function isOriginAllowed(
  req: IncomingMessage,
  client: RequestClient,
  sitePort: number,
  listed: readonly string[],
): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (listed.includes(origin)) return true;
  const parsed = URL.parse(origin);
  if (!parsed) return false;
  const host = req.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (parsed.hostname.replace(/^\[|\]$/g, '') !== hostname) return false;
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  const ownPort = /:(\d+)$/.exec(host)?.[1] ?? (client.scheme === 'https' ? '443' : '80');
  return port === String(sitePort) || port === ownPort;
}
