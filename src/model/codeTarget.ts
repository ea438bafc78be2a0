/** Where a bare number typed into search or the home filter should lead. */

/** A range page, as the client side knows it. */
export interface RangeRef {
  /** Lowest code. */
  from: number;
  /** Highest code. */
  to: number;
  /** Page path. */
  path: string;
  /** Label, e.g. "4000–4999 (Private use)". */
  label: string;
}

/** The page for `n`: its code page if it has one, else its range's page, else nothing. */
export function targetFor(
  n: number,
  codes: readonly number[],
  ranges: readonly RangeRef[],
): { path: string; label: string } | undefined {
  // Spelt out, not `codePath()`: importing the routes here would make Vite split a chunk shared
  // with the pair picker, and the home page would fetch it on load. A dist test checks it equals `codePath`.
  if (codes.includes(n)) return { path: `/codes/${n}/`, label: String(n) };
  const range = ranges.find((r) => n >= r.from && n <= r.to);
  return range ? { path: range.path, label: `${n}: ${range.label}` } : undefined;
}

/** The lookup data: the codes with a page of their own, and the range pages. */
export interface Targets {
  /** Codes with a page of their own. */
  codes: number[];
  /** Range pages, for codes without one. */
  ranges: RangeRef[];
}

/** Serialize the lookup data for a `data-` attribute or `/targets.json`. */
export function encodeTargets(codes: readonly number[], ranges: readonly RangeRef[]): string {
  return JSON.stringify({ codes, ranges });
}

/** Read it back. */
export function decodeTargets(value: string | undefined): Targets {
  try {
    return JSON.parse(value ?? '') as Targets;
  } catch {
    return { codes: [], ranges: [] };
  }
}
