/** Which card each page gets, in the page's language. Derived from the catalog; nothing typed twice. */
import type { Catalog } from '../model/catalog.ts';
import type { Card } from './ogCard.ts';
import { t, type Locale } from '../i18n/locale.ts';

/** The card of a code page; `catalog` is the one of `locale`. */
export function codeCard(catalog: Catalog, code: number, locale: Locale): Card {
  const entry = catalog.byCode.get(code);
  const meanings = catalog.protocolMeanings.get(code) ?? [];
  return {
    kicker: t('og.codeKicker', locale),
    title: String(code),
    subtitle: entry?.name ?? meanings.map((m) => m.protocol.name).join(' · '),
    line: entry?.summary ?? meanings.map((m) => `${m.protocol.name}: ${m.entry.name}`).join('; '),
  };
}

/** The card of a comparison page; `catalog` is the one of `locale`, `tagline` the pair's in it. */
export function compareCard(catalog: Catalog, a: number, b: number, tagline: string, locale: Locale): Card {
  return {
    kicker: t('og.compareKicker', locale),
    title: `${a} vs ${b}`,
    subtitle: `${catalog.byCode.get(a)?.name ?? a} vs ${catalog.byCode.get(b)?.name ?? b}`,
    line: tagline,
  };
}

/** The site's own card. */
export function siteCard(locale: Locale): Card {
  return {
    kicker: t('site.name', locale),
    title: '1000–4999',
    subtitle: t('og.siteSubtitle', locale),
    line: t('site.tagline', locale),
  };
}
