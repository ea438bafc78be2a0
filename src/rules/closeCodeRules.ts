/**
 * Rules that RFC 6455 and the WHATWG WebSockets Standard state about close
 * codes as numbers. Everything here is derived from the code itself, so the
 * content files never repeat it by hand.
 */

/** A range of close codes, as RFC 6455 §7.4.2 and the IANA registry divide them. */
export type CodeRange = 'unused' | 'protocol' | 'registered' | 'private';

/** The lowest and highest code of each range, inclusive. */
export const RANGES: Record<CodeRange, { from: number; to: number }> = {
  unused: { from: 0, to: 999 },
  protocol: { from: 1000, to: 2999 },
  registered: { from: 3000, to: 3999 },
  private: { from: 4000, to: 4999 },
};

/** Which range a close code falls in, or `undefined` outside 0–4999. */
export function rangeOf(code: number): CodeRange | undefined {
  if (!Number.isInteger(code)) return undefined;
  for (const [range, { from, to }] of Object.entries(RANGES) as [CodeRange, { from: number; to: number }][]) {
    if (code >= from && code <= to) return range;
  }
  return undefined;
}

/**
 * Whether a code is one an application chooses itself: 3000–3999 (registered
 * by libraries and applications) or 4000–4999 (private use), RFC 6455 §7.4.2.
 */
export function isCustomCode(code: number): boolean {
  return Number.isInteger(code) && code >= RANGES.registered.from && code <= RANGES.private.to;
}

/**
 * Whether page JavaScript may pass this code to `WebSocket.close()`.
 * WHATWG WebSockets Standard, `close()` step 1: anything other than 1000 or
 * 3000–4999 throws an `InvalidAccessError` DOMException.
 */
export function isAllowedFromPageClose(code: number): boolean {
  return code === 1000 || isCustomCode(code);
}

/**
 * The longest close reason, in UTF-8 bytes. A control frame payload is at most
 * 125 bytes (RFC 6455 §5.5) and the status code takes two of them; the WHATWG
 * `close()` throws a `SyntaxError` beyond this.
 */
export const MAX_REASON_BYTES = 123;

/** The length of a close reason in UTF-8 bytes. */
export function reasonByteLength(reason: string): number {
  return new TextEncoder().encode(reason).length;
}

/**
 * Why `WebSocket.close(code, reason)` would throw, following the WHATWG
 * standard's order of checks, or `undefined` when the call is valid.
 */
export function closeCallError(code?: number, reason?: string): 'InvalidAccessError' | 'SyntaxError' | undefined {
  if (code !== undefined && !isAllowedFromPageClose(code)) return 'InvalidAccessError';
  if (reason !== undefined && reasonByteLength(reason) > MAX_REASON_BYTES) return 'SyntaxError';
  return undefined;
}

/**
 * The standard close codes, 1000–1015: those RFC 6455 §7.4.1 defines and
 * those registered in the IANA registry since (1012–1014). Each has a page of
 * its own, every pair of them a comparison, and stacks are checked for a name
 * for each.
 */
export const STANDARD_CODES = Array.from({ length: 16 }, (_, i) => 1000 + i);

/** Codes RFC 6455 §7.4.1 itself defines; 1012–1014 came later through the IANA registry. */
export const DEFINED_IN_RFC6455 = [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1015];

/**
 * What RFC 6455 §7.4.1 allows on the wire for a code in 1000–2999: 1005, 1006
 * and 1015 "MUST NOT be set as a status code in a Close control frame"; 1004
 * is only "Reserved" (no MUST NOT); the rest may be sent.
 */
export function wireRuleOf(code: number): 'yes' | 'reserved' | 'never' {
  if (code === 1005 || code === 1006 || code === 1015) return 'never';
  if (code === 1004) return 'reserved';
  return 'yes';
}
