/**
 * Every string of a content entry, checked and rendered in one walk: the
 * claim lint, the `{obs:…}` references, and their rendering from the lab's
 * data. Errors name the file and the field.
 */
import type { LabData } from '../observations/labIndex.ts';
import { checkObservedRefs, renderObservedProse, withoutObservedRefs } from '../observations/observedProse.ts';
import { lintClaims } from './claimLint.ts';
import type { Locale } from '../i18n/localePaths.ts';

/** Fields that hold no prose: addresses and the search phrases people type. */
const NOT_PROSE = new Set(['url', 'keywords']);

/** Call `visit` on every string in `value`, with its field path (`description[1]`). */
export function walkStrings(value: unknown, visit: (text: string, path: string) => void, path = ''): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (!NOT_PROSE.has(k)) walkStrings(v, visit, path ? `${path}.${k}` : k);
    }
}

/** A copy of `value` with `fn` applied to every prose string; other fields are kept as they are. */
function mapStrings(value: unknown, fn: (text: string, path: string) => string, path = ''): unknown {
  if (typeof value === 'string') return fn(value, path);
  if (Array.isArray(value)) return value.map((v, i) => mapStrings(v, fn, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, NOT_PROSE.has(k) ? v : mapStrings(v, fn, path ? `${path}.${k}` : k)]),
    );
  return value;
}

/** The claim lint and the reference check for one entry: one message per problem, naming the file and field. */
export function checkProse(file: string, data: unknown): string[] {
  const errors: string[] = [];
  walkStrings(data, (text, path) => {
    for (const problem of [...checkObservedRefs(text), ...lintClaims(withoutObservedRefs(text))])
      errors.push(`${file}: field "${path}": ${problem}`);
  });
  return errors;
}

/** The entry with every `{obs:…}` reference rendered from `lab` in `locale`; errors name the file and field. */
export function renderProse<T>(file: string, data: T, lab: LabData, locale: Locale): { data: T; errors: string[] } {
  const errors: string[] = [];
  const rendered = mapStrings(data, (text, path) => {
    try {
      return renderObservedProse(text, lab, locale);
    } catch (error) {
      errors.push(`${file}: field "${path}": ${(error as Error).message}`);
      return text;
    }
  });
  // mapStrings keeps the shape and replaces strings with strings, so the type is T's.
  return { data: rendered as T, errors };
}
