import { en, type UiKey } from './en.ts';

/** Locales the site is built for. Add 'ko' here (and a `ko.ts` dictionary) for a Korean edition. */
export const LOCALES = ['en'] as const;
/** A supported locale. */
export type Locale = (typeof LOCALES)[number];
/** The locale served at the root, without a path prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

/** The UI string for `key` in `locale`. */
export function t(key: UiKey, locale: Locale = DEFAULT_LOCALE): string {
  return dictionaries[locale][key];
}

/** Fill `{name}` placeholders of a UI string template with `values`; unknown placeholders become empty. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/**
 * The site path for `path` in `locale`: the default locale lives at the root,
 * every other one under `/<locale>/`. Every internal link goes through here.
 */
export function localePath(path: string, locale: Locale = DEFAULT_LOCALE): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}
