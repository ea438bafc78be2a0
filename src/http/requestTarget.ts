/**
 * Request targets and percent-encoding, parsed without throwing: anything a
 * client sends either parses or comes back as `null`, for a 400.
 */
import type { ErrorBody } from './reply.ts';

/** The answer to a path whose percent-encoding does not decode. */
export const MALFORMED_PATH: ErrorBody = {
  error: 'malformed-path',
  detail: 'The path has malformed percent-encoding (RFC 3986 §2.1).',
};

/** The answer to a request target that is not a valid origin-form or absolute-form URL. */
export const MALFORMED_TARGET: ErrorBody = {
  error: 'malformed-target',
  detail: 'The request target is not a valid path or absolute URL (RFC 9112 §3.2).',
};

/**
 * The URL of a request target (RFC 9112 §3.2): origin-form (`/path?query`,
 * taken literally even when it starts with `//`) or absolute-form
 * (`http://host/path`); `null` for anything else or anything unparsable.
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (!target) return null;
  if (target.startsWith('/')) return URL.parse(`http://localhost${target}`);
  if (/^https?:\/\//i.test(target)) return URL.parse(target);
  return null;
}

/** `decodeURIComponent` that returns `null` for malformed percent-encoding instead of throwing. */
export function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
