/** Which card each page gets, and where it lives. Derived from the catalog; nothing typed twice. */
import type { Catalog } from '../model/catalog.ts';
import type { Card } from './ogCard.ts';
import { t } from '../i18n/locale.ts';

/** Path of the card every other page uses. */
export const SITE_CARD_PATH = '/og/site.png';

/** The card of a code page. */
export function codeCard(catalog: Catalog, code: number): Card {
  const entry = catalog.byCode.get(code);
  const meanings = catalog.protocolMeanings.get(code) ?? [];
  return {
    kicker: 'WebSocket close code',
    title: String(code),
    subtitle: entry?.name ?? meanings.map((m) => m.protocol.name).join(' · '),
    line: entry?.summary ?? meanings.map((m) => `${m.protocol.name}: ${m.entry.name}`).join('; '),
  };
}

/** The card of a comparison page. */
export function compareCard(catalog: Catalog, a: number, b: number, tagline: string): Card {
  return {
    kicker: 'WebSocket close codes compared',
    title: `${a} vs ${b}`,
    subtitle: `${catalog.byCode.get(a)?.name ?? a} vs ${catalog.byCode.get(b)?.name ?? b}`,
    line: tagline,
  };
}

/** The site's own card. */
export function siteCard(): Card {
  return {
    kicker: t('site.name'),
    title: '1000–4999',
    subtitle: 'Every WebSocket close code',
    line: t('site.tagline'),
  };
}
