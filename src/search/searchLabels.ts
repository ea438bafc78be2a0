import type { UiKey } from '../i18n/en.ts';

/** The UI strings the search dialog needs in the browser, compiled into its bundle. */
export const SEARCH_LABEL_KEYS = [
  'search.label',
  'search.placeholder',
  'search.close',
  'search.closeKey',
  'search.filter.category',
  'search.filter.type',
  'search.filter.all',
  'search.results',
  'search.goto',
  'search.noResults',
  'search.count',
  'search.unavailable',
] as const satisfies readonly UiKey[];

/** The search dialog's labels by key. */
export type SearchLabels = Record<(typeof SEARCH_LABEL_KEYS)[number], string>;
