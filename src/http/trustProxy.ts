/**
 * Who a request comes from when reverse proxies stand in front of the server
 * (`TRUST_PROXY`). `X-Forwarded-For` and `X-Forwarded-Proto` are believed
 * only from a trusted peer; the client is then the right-most address in the
 * chain that is not a trusted proxy.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** The proxies whose forwarding headers are believed: a hop count (0: none), or the addresses they connect from. */
export type ProxyTrust = { readonly hops: number } | { readonly proxies: BlockList };

/** Trust no proxy: the client is the connecting peer, as when `TRUST_PROXY` is unset. */
export const TRUST_NONE: ProxyTrust = { hops: 0 };

/** Where one request or upgrade comes from. */
export interface RequestClient {
  /** The client's IP address (IPv4-mapped IPv6 written as IPv4), or `unknown` when the socket has none. */
  address: string;
  /** The scheme the client used: a trusted proxy's `X-Forwarded-Proto`, else the connection's own. */
  scheme: 'http' | 'https';
}

/** The largest hop count `TRUST_PROXY` takes. */
export const MAX_PROXY_HOPS = 100;

/** An address without IPv6 brackets, a port, or the IPv4-mapped prefix; `null` when it is not an IP address. */
function normalizeAddress(raw: string): string | null {
  const text = raw.trim();
  const address = (
    /^\[([^\]]+)\](?::\d+)?$/.exec(text)?.[1] ?? text.replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
  ).replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  return isIP(address) ? address : null;
}

/** A request header as one string; Node joins repeated headers with ", ", in order. */
function header(req: IncomingMessage, name: string): string {
  return [req.headers[name] ?? []].flat().join(', ');
}

/**
 * Read a `TRUST_PROXY` value: a hop count (0 to `MAX_PROXY_HOPS`), or a comma-separated list of addresses and CIDR ranges
 * (`10.0.0.0/8,::1/128`; an address alone is its own range); `null` when it is neither.
 */
export function parseTrustProxy(raw: string): ProxyTrust | null {
  const text = raw.trim();
  if (/^\d{1,3}$/.test(text)) return Number(text) <= MAX_PROXY_HOPS ? { hops: Number(text) } : null;
  const proxies = new BlockList();
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(entry);
    const address = match ? normalizeAddress(match[1]!) : null;
    if (!match || address === null) return null;
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    const bits = family === 'ipv4' ? 32 : 128;
    const prefix = match[2] === undefined ? bits : Number(match[2]);
    if (prefix > bits) return null;
    proxies.addSubnet(address, prefix, family);
  }
  return entries.length > 0 ? { proxies } : null;
}

function isTrusted(address: string, trust: { proxies: BlockList }): boolean {
  return trust.proxies.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client of `req`: walking `X-Forwarded-For` from the right, past the trusted proxies (the peer first).
 * An entry that is not an IP address ends the walk at the proxy that wrote it. Connections to a TLS
 * listener of this server are never proxied, so pass `TRUST_NONE` for them.
 */
export function requestClient(req: IncomingMessage, trust: ProxyTrust): RequestClient {
  const peer = normalizeAddress(req.socket.remoteAddress ?? '');
  const ownScheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  if (peer === null) return { address: 'unknown', scheme: ownScheme };
  const peerTrusted = 'hops' in trust ? trust.hops > 0 : isTrusted(peer, trust);
  if (!peerTrusted) return { address: peer, scheme: ownScheme };
  const chain = header(req, 'x-forwarded-for').split(',').reverse();
  let address = peer;
  let hops = 1;
  for (const entry of chain) {
    const next = normalizeAddress(entry);
    if (next === null) break;
    address = next;
    // The first address that is not a trusted proxy is the client.
    if ('hops' in trust ? hops++ >= trust.hops : !isTrusted(address, trust)) break;
  }
  // The left-most value is what the client used at the outermost proxy.
  const proto = header(req, 'x-forwarded-proto').split(',')[0]!.trim().toLowerCase();
  return { address, scheme: proto === 'https' || proto === 'http' ? proto : ownScheme };
}
