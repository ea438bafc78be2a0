/** The lookup data for bare numbers, built from the catalog for pages to embed. */
import { getCatalog } from './catalog.ts';
import { pagedCodes } from './catalogQueries.ts';
import { encodeTargets, targetFor, type RangeRef, type Targets } from './codeTarget.ts';
import { customTryItPath, rangePath } from '../routing/routes.ts';
import type { Locale } from '../i18n/localePaths.ts';

/**
 * The codes with a page of their own, and the range pages, as bare-number
 * lookups know them, labelled in `locale`. Paths are the English ones, as
 * `targetFor` gives code pages: where they are linked, `localePath` puts them
 * in the page's locale.
 */
export async function lookupTargets(locale: Locale): Promise<Targets> {
  const catalog = await getCatalog(locale);
  return {
    codes: pagedCodes(catalog),
    ranges: catalog.ranges.map((r) => ({
      from: r.from,
      to: r.to,
      path: rangePath(r.slug),
      label: `${r.from}–${r.to} (${r.title})`,
    })),
  };
}

/** `data-targets` for the home filter and the decoder, and the body of `/targets.json` for search. */
export async function targetsAttribute(locale: Locale): Promise<string> {
  const { codes, ranges } = await lookupTargets(locale);
  return encodeTargets(codes, ranges);
}

/**
 * The page whose widget runs a scenario: the home page's "Try it" for a custom
 * code, else the page a bare number leads to (its code page, or its range's).
 */
export function scenarioPagePath(
  scenario: { code: number; custom?: boolean },
  codes: readonly number[],
  ranges: readonly RangeRef[],
): string | undefined {
  return scenario.custom ? customTryItPath() : targetFor(scenario.code, codes, ranges)?.path;
}
