import type { APIRoute } from 'astro';
import { targetsAttribute } from '../model/targets.ts';
import { DEFAULT_LOCALE } from '../i18n/localePaths.ts';

/** `/targets.json`: the pages bare numbers lead to, fetched by search on its first query. */
export const GET: APIRoute = async () =>
  new Response(await targetsAttribute(DEFAULT_LOCALE), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
