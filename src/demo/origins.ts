/** The Origin allowlist against cross-site WebSocket hijacking. */
import type { IncomingMessage } from 'node:http';

/**
 * Is this request's Origin allowed? Requests without an Origin (non-browser
 * clients) are; browsers must come from the site itself (same host, on the
 * site port or the request's own port) or from a configured origin.
 */
export function isOriginAllowed(req: IncomingMessage, sitePort: number, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (extra.includes(origin)) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const host = req.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (parsed.hostname.replace(/^\[|\]$/g, '') !== hostname) return false;
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  const ownPort = /:(\d+)$/.exec(host)?.[1] ?? '80';
  return port === String(sitePort) || port === ownPort;
}
