/** Locales and their paths, without any dictionary, so browser code and the routes can import it cheaply. */

/** Locales the site is built for. Add 'ko' here (and a `ko.ts` dictionary) for a Korean edition. */
export const LOCALES = ['en'] as const;
/** A supported locale. */
export type Locale = (typeof LOCALES)[number];
/** The locale served at the root, without a path prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The site path for `path` in `locale`: the default locale lives at the root,
 * every other one under `/<locale>/`. Every internal link goes through here.
 */
export function localePath(path: string, locale: Locale = DEFAULT_LOCALE): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}
