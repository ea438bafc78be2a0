import type { CloseCode } from './codeSchema.ts';
import type { PairText } from './pairSchema.ts';
import { allPairs, pairSlug } from './pairs.ts';

/** A content file's parsed data with the path it came from, for error messages. */
export interface Sourced<T> {
  /** Path of the file relative to the project root, e.g. `content/codes/1006.yaml`. */
  file: string;
  /** The schema-valid data of the file. */
  data: T;
}

/** The codes every pair of which must have a hand-written comparison. */
export const STANDARD_CODES = Array.from({ length: 16 }, (_, i) => 1000 + i);

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/**
 * Cross-file rules the per-file schema cannot express. Returns one message
 * per problem, each naming the file and the field, or an empty list.
 */
export function checkCatalog(codes: Sourced<CloseCode>[], pairs: Sourced<PairText>[]): string[] {
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
  for (const { a, b } of allPairs(STANDARD_CODES.filter((c) => known.has(c)))) {
    const slug = pairSlug(a, b);
    if (!present.has(slug))
      errors.push(`content/pairs/${slug}.yaml: missing: every pair of 1000–1015 needs hand-written comparison text`);
  }
  return errors;
}
