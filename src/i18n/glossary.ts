/**
 * The terminology of a translated edition (`content/<locale>/glossary.yaml`):
 * how recurring terms are written. A term with a `match` is checked: wherever
 * the English text uses it, the translation must use the glossary's form, so
 * one term never reads three ways across the site.
 */
import { z } from 'astro/zod';

/** One term of the glossary. */
export const glossaryTermSchema = z
  .object({
    /** The English term, as a reader would look it up. */
    en: z.string().min(1),
    /** The form to write in the translation. */
    ko: z.string().min(1),
    /**
     * A regular expression (case-sensitive, so IANA names such as "Abnormal Closure" are not caught by "abnormal
     * closure") that finds the term in English text. Without it the term is guidance only.
     */
    match: z.string().min(1).optional(),
    /** Forms the translation must contain one of when `match` hits; defaults to `ko` alone. */
    forms: z.array(z.string().min(1)).min(1).optional(),
    /** Advice for translators that the check cannot express. */
    note: z.string().optional(),
  })
  .strict();

/** A glossary file. */
export const glossarySchema = z
  .object({
    /** The terms, each with its fixed translation. */
    terms: z.array(glossaryTermSchema).min(1),
    /** Names and words kept in English in the translation. */
    keep: z.array(z.string().min(1)),
  })
  .strict();

/** A parsed glossary. */
export type Glossary = z.infer<typeof glossarySchema>;

/**
 * The checked terms that `english` uses and `translated` does not write the
 * glossary's way, as "<en> → <form>" lines; empty when the translation follows the glossary.
 */
export function glossaryMisses(glossary: Glossary, english: string, translated: string): string[] {
  // Lab references, code spans, URLs and quotations (of a standard or a library's source) are copied
  // verbatim, not translated: "{obs:handshake-403}" or "1004 is reserved" uses no term.
  const prose = english.replace(/\{obs:[^}]*\}|`[^`]*`|https?:\/\/\S+|"[^"]*"|“[^”]*”/g, ' ');
  return glossary.terms
    .filter((term) => term.match !== undefined && new RegExp(term.match, 'u').test(prose))
    .filter((term) => !(term.forms ?? [term.ko]).some((form) => translated.includes(form)))
    .map((term) => `"${term.en}" → ${(term.forms ?? [term.ko]).map((f) => `"${f}"`).join(' or ')}`);
}
