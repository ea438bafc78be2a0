import { en, type UiKey } from './en.ts';
import { ko } from './ko.ts';
import { DEFAULT_LOCALE, type Locale } from './localePaths.ts';

export {
  LOCALES,
  LOCALE_NAMES,
  DEFAULT_LOCALE,
  localePath,
  splitLocale,
  toLocale,
  type Locale,
} from './localePaths.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ko };

/** The UI string for `key` in `locale`. */
export function t(key: UiKey, locale: Locale = DEFAULT_LOCALE): string {
  return dictionaries[locale][key];
}

export { fill } from './fill.ts';
