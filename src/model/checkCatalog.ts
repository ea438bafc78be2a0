import { STANDARD_CODES, rangeOf } from '../rules/closeCodeRules.ts';
import type { CloseCode } from './codeSchema.ts';
import type { PairText } from './pairSchema.ts';
import type { Protocol } from './protocolSchema.ts';
import { allPairs } from './pairs.ts';
import { pairSlug } from '../routing/routes.ts';

/** A content file's parsed data with the path it came from, for error messages. */
export interface Sourced<T> {
  /** Path of the file relative to the project root, e.g. `content/codes/1006.yaml`. */
  file: string;
  /** The schema-valid data of the file. */
  data: T;
}

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** Every pair that needs hand-written text: all pairs of 1000–1015, and each code's declared neighbours. */
export function requiredPairs(codes: readonly CloseCode[]): { a: number; b: number }[] {
  const known = new Set(codes.map((c) => c.code));
  const slugs = new Map<string, { a: number; b: number }>();
  for (const p of allPairs(STANDARD_CODES.filter((c) => known.has(c)))) slugs.set(pairSlug(p.a, p.b), p);
  for (const c of codes) {
    for (const n of c.neighbours) {
      if (!known.has(n) || n === c.code) continue;
      const [a, b] = c.code < n ? [c.code, n] : [n, c.code];
      slugs.set(pairSlug(a, b), { a, b });
    }
  }
  return [...slugs.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * Cross-file rules the per-file schema cannot express. Returns one message
 * per problem, each naming the file and the field, or an empty list.
 */
export function checkCatalog(
  codes: Sourced<CloseCode>[],
  pairs: Sourced<PairText>[],
  protocols: Sourced<Protocol>[] = [],
): string[] {
  const errors: string[] = [];
  const known = new Set<number>();
  for (const { file, data } of codes) {
    if (baseName(file) !== String(data.code))
      errors.push(`${file}: field "code": ${data.code} does not match the file name`);
    if (known.has(data.code)) errors.push(`${file}: field "code": ${data.code} is defined twice`);
    known.add(data.code);
  }
  for (const { file, data } of codes) {
    data.related.forEach((code, i) => {
      if (!known.has(code)) errors.push(`${file}: field "related[${i}]": unknown code ${code}`);
      if (code === data.code) errors.push(`${file}: field "related[${i}]": a code cannot be related to itself`);
    });
    data.neighbours.forEach((code, i) => {
      if (!known.has(code)) errors.push(`${file}: field "neighbours[${i}]": unknown code ${code}`);
      if (code === data.code) errors.push(`${file}: field "neighbours[${i}]": a code cannot be its own neighbour`);
    });
  }
  for (const { file, data } of protocols) {
    const seen = new Set<number>();
    data.codes.forEach(({ code }, i) => {
      if (seen.has(code)) errors.push(`${file}: field "codes[${i}].code": ${code} is listed twice`);
      seen.add(code);
      if (rangeOf(code) === 'protocol' && code > 1015)
        errors.push(`${file}: field "codes[${i}].code": ${code} is in the unassigned 1016–2999 range`);
    });
  }
  const present = new Set<string>();
  for (const { file, data } of pairs) {
    if (!known.has(data.a)) errors.push(`${file}: field "a": unknown code ${data.a}`);
    if (!known.has(data.b)) errors.push(`${file}: field "b": unknown code ${data.b}`);
    const slug = pairSlug(data.a, data.b);
    if (baseName(file) !== slug) errors.push(`${file}: fields "a"/"b": the file must be named ${slug}.yaml`);
    if (present.has(slug)) errors.push(`${file}: pair ${slug} is defined twice`);
    present.add(slug);
  }
  for (const { a, b } of requiredPairs(codes.map((c) => c.data))) {
    const slug = pairSlug(a, b);
    if (present.has(slug)) continue;
    const why =
      STANDARD_CODES.includes(a) && STANDARD_CODES.includes(b)
        ? 'every pair of 1000–1015'
        : 'every declared neighbour pair';
    errors.push(`content/pairs/${slug}.yaml: missing: ${why} needs hand-written comparison text`);
  }
  return errors;
}
