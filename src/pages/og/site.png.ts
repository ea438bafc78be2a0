import type { APIRoute } from 'astro';
import { siteCard } from '../../og/cards.ts';
import { renderCard } from '../../og/ogCard.ts';

/** The card of every page without its own. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderCard(siteCard())), { headers: { 'Content-Type': 'image/png' } });
