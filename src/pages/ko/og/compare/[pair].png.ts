import { compareStaticPaths } from '../../../../model/staticPaths.ts';
import type { GetStaticPaths } from 'astro';
import { compareCardGET } from '../../../../og/cardEndpoints.ts';

export const getStaticPaths = (() => compareStaticPaths('ko')) satisfies GetStaticPaths;

/** The Korean Open Graph card of `/ko/compare/<a>-vs-<b>/` (Astro's `currentLocale` is `ko`). */
export const GET = compareCardGET;
