import { compareStaticPaths } from '../../../model/staticPaths.ts';
import type { GetStaticPaths } from 'astro';
import { compareCardGET } from '../../../og/cardEndpoints.ts';
import { DEFAULT_LOCALE } from '../../../i18n/localePaths.ts';

export const getStaticPaths = (() => compareStaticPaths(DEFAULT_LOCALE)) satisfies GetStaticPaths;

/** The Open Graph card of `/compare/<a>-vs-<b>/`. */
export const GET = compareCardGET;
