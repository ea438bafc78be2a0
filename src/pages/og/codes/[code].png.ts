import { codeStaticPaths } from '../../../model/staticPaths.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../model/catalog.ts';
import { codeCard } from '../../../og/cards.ts';
import { renderCard } from '../../../og/ogCard.ts';

export const getStaticPaths = codeStaticPaths satisfies GetStaticPaths;

/** The Open Graph card of `/codes/<code>/`. */
export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard(codeCard(await getCatalog(), (props as { code: number }).code));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
