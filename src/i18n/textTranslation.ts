/**
 * Translations of English prose that lives in source code (the scenario
 * catalog, the spec section labels, the lab clients' descriptions) rather
 * than in content files: a typed table per catalog and locale, keyed by the
 * catalog's ids. The same rules as for content translations apply: each entry
 * records a hash of the English it was made from, so a changed English string
 * makes it stale, and it must keep the English facts (code spans, numbers,
 * URLs). An entry that breaks either rule is not shown; the English is.
 */
import { factDifferences, sourceHash } from './contentTranslation.ts';
import { reportOnce } from './translationReport.ts';

/** One entry of a translation table: the translated fields, and the hash of the English they were translated from. */
export type TextTranslation<Field extends string> = Readonly<Record<Field, string>> & {
  /** `textSourceHash` of the English fields this entry was translated from. */
  readonly translatedFrom: string;
};

/** The short hash of an entry's English fields (in field-name order) that `translatedFrom` records. */
export function textSourceHash(english: Readonly<Record<string, string>>): string {
  const fields = Object.keys(english).sort();
  return sourceHash(fields.map((field) => english[field]).join('\n')).slice(0, 10);
}

/** Everything wrong with `translated` as a translation of `english`: stale, or a field whose facts differ. Empty when sound. */
export function textTranslationProblems<Field extends string>(
  english: Readonly<Record<Field, string>>,
  translated: NoInfer<TextTranslation<Field>>,
): string[] {
  const problems: string[] = [];
  const hash = textSourceHash(english);
  if (translated.translatedFrom !== hash)
    problems.push(`stale: translatedFrom is ${translated.translatedFrom}, the English now hashes to ${hash}`);
  for (const field of Object.keys(english) as Field[])
    for (const difference of factDifferences(english[field], translated[field]))
      problems.push(`${field}: ${difference}`);
  return problems;
}

/**
 * The text to show for `english` (an entry's English fields): its translation
 * when there is one and it is sound, otherwise the English, with a warning on
 * the build's output naming `what` (once per entry).
 */
export function translatedText<Field extends string>(
  what: string,
  english: Readonly<Record<Field, string>>,
  translated: NoInfer<TextTranslation<Field>> | undefined,
): Readonly<Record<Field, string>> {
  const problems = translated ? textTranslationProblems(english, translated) : ['missing'];
  if (translated && problems.length === 0) return translated;
  reportOnce(what, `not used, the English is shown:\n  ${problems.join('\n  ')}`);
  return english;
}
