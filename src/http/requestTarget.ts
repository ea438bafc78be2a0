/**
 * Request targets and percent-encoding, parsed without throwing: anything a
 * client sends either parses or comes back as `null`, for a 400.
 */

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
