/** The `Host` header, accepted only when it is a syntactically valid `host[:port]` (RFC 9110 §7.2). */
import type { ErrorBody } from './reply.ts';

/** The answer to a request whose `Host` is not a valid `host[:port]`. */
export const INVALID_HOST: ErrorBody = {
  error: 'invalid-host',
  detail: 'The Host header must be a valid host[:port].',
};

const REG_NAME =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9A-Fa-f:.]{2,45}\]$/;

/** The host name of a `Host` value (IPv6 keeps its brackets), or `null` when the value is not a valid `host[:port]`. */
export function hostnameOf(host: string | undefined): string | null {
  if (!host || host.length > 260) return null;
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(host);
  if (!match) return null;
  const [, name, port] = match;
  if (port !== undefined && Number(port) > 65535) return null;
  if (IPV6.test(name!) || IPV4.test(name!) || REG_NAME.test(name!)) return name!;
  return null;
}

/**
 * The host name a response may name: the configured public origin's when
 * there is one, else the request's `Host` if it is valid; `null` means
 * answer 400. Without a public origin the answer depends on `Host`, so
 * responses must carry `Vary: Host`.
 */
export function requestHostname(
  req: { headers: { host?: string | undefined } },
  publicOrigin: URL | null,
): string | null {
  return publicOrigin ? publicOrigin.hostname : hostnameOf(req.headers.host);
}
