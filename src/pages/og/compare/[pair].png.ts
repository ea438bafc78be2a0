import { compareStaticPaths } from '../../../model/staticPaths.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../model/catalog.ts';
import { compareCard } from '../../../og/cards.ts';
import { renderCard } from '../../../og/ogCard.ts';
import type { PairText } from '../../../model/pairSchema.ts';
import { DEFAULT_LOCALE } from '../../../i18n/localePaths.ts';

export const getStaticPaths = (() => compareStaticPaths(DEFAULT_LOCALE)) satisfies GetStaticPaths;

/** The Open Graph card of `/compare/<a>-vs-<b>/`. */
export const GET: APIRoute = async ({ props }) => {
  const { pair } = props as { pair: PairText };
  const png = await renderCard(compareCard(await getCatalog(), pair.a, pair.b, pair.tagline));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
