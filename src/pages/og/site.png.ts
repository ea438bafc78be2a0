import { siteCardGET } from '../../og/cardEndpoints.ts';

/** The card of every page without its own. */
export const GET = siteCardGET;
