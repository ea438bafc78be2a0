/** Locales and their paths, without any dictionary, so browser code and the routes can import it cheaply. */

/** Locales the site is built for, each with a dictionary in `src/i18n/<locale>.ts`. */
export const LOCALES = ['en', 'ko'] as const;
/** A supported locale. */
export type Locale = (typeof LOCALES)[number];
/** Each locale's name in its own language, for the language switch: a reader looks for their language in it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };
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

/** `value` as a locale: Astro's `currentLocale` (undefined outside `src/pages/<locale>/`) or `<html lang>` in the browser. */
export function toLocale(value: string | undefined): Locale {
  return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
}

/** In the browser: the locale of the page being shown, from `<html lang>`. */
export function documentLocale(): Locale {
  return toLocale(document.documentElement.lang);
}

/** A site path without its locale prefix, with the locale it was in: the inverse of `localePath`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const prefixed = LOCALES.find((l) => l !== DEFAULT_LOCALE && (pathname === `/${l}` || pathname.startsWith(`/${l}/`)));
  return prefixed
    ? { locale: prefixed, path: pathname.slice(prefixed.length + 1) || '/' }
    : { locale: DEFAULT_LOCALE, path: pathname };
}
