/**
 * The `GET` of each share card route, in every language: the English routes in
 * `src/pages/og/` and the Korean ones in `src/pages/ko/og/` share these, and
 * read their language from Astro's `currentLocale` like the pages do.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../model/catalog.ts';
import type { PairText } from '../model/pairSchema.ts';
import { toLocale } from '../i18n/locale.ts';
import { codeCard, compareCard, siteCard } from './cards.ts';
import { renderCard, type Card } from './ogCard.ts';

async function png(card: Card): Promise<Response> {
  return new Response(new Uint8Array(await renderCard(card)), { headers: { 'Content-Type': 'image/png' } });
}

/** The card of `/codes/<code>/`; props from `codeStaticPaths`. */
export const codeCardGET: APIRoute = async ({ props, currentLocale }) => {
  const locale = toLocale(currentLocale);
  return png(codeCard(await getCatalog(locale), (props as { code: number }).code, locale));
};

/** The card of `/compare/<a>-vs-<b>/`; props from `compareStaticPaths` of the same locale. */
export const compareCardGET: APIRoute = async ({ props, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const { pair } = props as { pair: PairText };
  return png(compareCard(await getCatalog(locale), pair.a, pair.b, pair.tagline, locale));
};

/** The card of every page without its own. */
export const siteCardGET: APIRoute = ({ currentLocale }) => png(siteCard(toLocale(currentLocale)));
