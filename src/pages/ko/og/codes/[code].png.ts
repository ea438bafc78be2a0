import { codeStaticPaths } from '../../../../model/staticPaths.ts';
import type { GetStaticPaths } from 'astro';
import { codeCardGET } from '../../../../og/cardEndpoints.ts';

export const getStaticPaths = codeStaticPaths satisfies GetStaticPaths;

/** The Korean Open Graph card of `/ko/codes/<code>/` (Astro's `currentLocale` is `ko`). */
export const GET = codeCardGET;
