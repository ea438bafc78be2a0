import { codeStaticPaths } from '../../../model/staticPaths.ts';
import type { GetStaticPaths } from 'astro';
import { codeCardGET } from '../../../og/cardEndpoints.ts';

export const getStaticPaths = codeStaticPaths satisfies GetStaticPaths;

/** The Open Graph card of `/codes/<code>/`. */
export const GET = codeCardGET;
