import { siteCardGET } from '../../../og/cardEndpoints.ts';

/** The Korean card of every Korean page without its own (Astro's `currentLocale` is `ko`). */
export const GET = siteCardGET;
