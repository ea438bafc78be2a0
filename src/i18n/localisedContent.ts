/**
 * A content entry in a locale: the English entry with the translated fields
 * of `content/<locale>/<collection>/<file>` put over it. A translation that is
 * missing, stale or changes a fact is reported by file on the build's output
 * and not used, so a page never states facts that differ from the English
 * (`tests/unit/translations.test.ts` fails on the same problems).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { applyTranslation, translationProblems, type TranslatedCollection } from './contentTranslation.ts';
import { DEFAULT_LOCALE, type Locale } from './localePaths.ts';
import { reportOnce } from './translationReport.ts';

/** `data` (the English entry read from `file`) in `locale`. */
export function localised<T extends Record<string, unknown>>(
  collection: TranslatedCollection,
  file: string,
  data: T,
  locale: Locale,
): T {
  if (locale === DEFAULT_LOCALE) return data;
  // Paths from the project root, as the content layer gives them: this runs from Astro's prerender chunks.
  const english = path.resolve(file);
  const shown = path.join('content', locale, collection, path.basename(file));
  const translation = path.resolve(shown);
  if (!existsSync(translation)) {
    reportOnce(shown, 'missing; the English is shown');
    return data;
  }
  const raw = readFileSync(english, 'utf8');
  const translated = parse(readFileSync(translation, 'utf8')) as Record<string, unknown>;
  const problems = translationProblems(collection, { raw, data: parse(raw) as Record<string, unknown> }, translated);
  if (problems.length) {
    reportOnce(shown, `not used, the English is shown:\n  ${problems.join('\n  ')}`);
    return data;
  }
  return applyTranslation(collection, data, translated);
}
