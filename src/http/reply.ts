/** JSON answers for the demo's HTTP side, on a response or on a raw socket before an upgrade. */
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';

/** The JSON body of every error answer. */
export interface ErrorBody {
  /** Machine-readable error kind. */
  error: string;
  /** A sentence for humans. */
  detail: string;
}

/** Headers every response carries (the site adds its CSP on top). */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Add `token` to the response's `Vary` header, keeping what is there. */
export function addVary(res: ServerResponse, token: string): void {
  const tokens = String(res.getHeader('Vary') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!tokens.some((t) => t.toLowerCase() === token.toLowerCase())) tokens.push(token);
  res.setHeader('Vary', tokens.join(', '));
}

/** Answer `res` with JSON. */
export function replyJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, {
    ...BASE_SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Answer an upgrade request on its raw socket with JSON, then close it. */
export function rejectUpgrade(
  socket: Duplex,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(text)}`,
    'Cache-Control: no-store',
    ...Object.entries({ ...BASE_SECURITY_HEADERS, ...headers }).map(([k, v]) => `${k}: ${v}`),
    'Connection: close',
  ];
  if (socket.writable) socket.end(`${head.join('\r\n')}\r\n\r\n${text}`);
}
