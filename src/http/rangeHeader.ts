/**
 * `Range` checked before the static file server sees it. sirv 3.0.2 (the
 * latest release) crashes the process on `bytes=10-5` and on an end beyond
 * 2^53, and misreads suffix ranges; no fixed release exists (upstream:
 * lukeed/sirv PR #175). RFC 9110 §14.2 lets a server ignore `Range`, so
 * anything but one well-formed `first-last` or `first-` range is dropped
 * and the whole file is served; a range that starts past the end still gets
 * sirv's 416 with an unsatisfied-range `Content-Range`.
 */
import type { IncomingMessage } from 'node:http';

/** Make `req`'s `Range` header safe for sirv: keep it, normalise it, or drop it. */
export function sanitizeRange(req: IncomingMessage): void {
  const raw = req.headers.range;
  if (raw === undefined) return;
  const match = /^bytes=(\d{1,20})-(\d{0,20})$/.exec(raw.trim());
  if (!match) {
    delete req.headers.range;
    return;
  }
  const [, first, last] = match;
  // last < first is invalid (RFC 9110 §14.1.1): ignore the header.
  if (last && BigInt(last) < BigInt(first!)) delete req.headers.range;
  // A last position past any file is the same as "to the end" (RFC 9110 §14.1.2).
  else if (last && !Number.isSafeInteger(Number(last))) req.headers.range = `bytes=${first}-`;
}
