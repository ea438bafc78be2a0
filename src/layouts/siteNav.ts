/** The site's sections, in header order: one list for the header and its tests. */
import type { UiKey } from '../i18n/en.ts';
import type { Locale } from '../i18n/locale.ts';
import {
  apiPath,
  clientsPath,
  compareIndexPath,
  decodePath,
  homePath,
  protocolsPath,
  rangesPath,
  stacksPath,
} from '../routing/routes.ts';

/** A header section: its label key and its path. */
export interface NavSection {
  /** Dictionary key of the label. */
  label: UiKey;
  /** The section's index page. */
  path: (locale?: Locale) => string;
}

/** Every section the header links to. */
export const NAV_SECTIONS: readonly NavSection[] = [
  { label: 'nav.codes', path: homePath },
  { label: 'nav.compare', path: compareIndexPath },
  { label: 'nav.clients', path: clientsPath },
  { label: 'nav.stacks', path: stacksPath },
  { label: 'nav.decode', path: decodePath },
  { label: 'nav.protocols', path: protocolsPath },
  { label: 'nav.ranges', path: rangesPath },
  { label: 'nav.api', path: apiPath },
];

/**
 * The section a page belongs to: the one whose path is the longest prefix of
 * the page's path (code pages belong to Codes, the home page's section).
 */
export function currentSection(pathname: string, locale?: Locale): NavSection | undefined {
  const home = homePath(locale);
  const inSection = NAV_SECTIONS.filter((s) => s.path(locale) !== home && pathname.startsWith(s.path(locale)));
  if (inSection.length > 0) return inSection.sort((a, b) => b.path(locale).length - a.path(locale).length)[0];
  return pathname === home || pathname.startsWith(`${home}codes/`) ? NAV_SECTIONS[0] : undefined;
}
