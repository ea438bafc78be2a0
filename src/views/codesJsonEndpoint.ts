import type { APIRoute } from 'astro';
import { getCatalog } from '../model/catalog.ts';
import { buildCodesJson } from '../model/codesJson.ts';
import { getStacks } from '../stacks/stackData.ts';
import { toLocale } from '../i18n/localePaths.ts';

/** `/codes.json` and `/ko/codes.json`: the whole collection in the route's language; its shape is the `CodesJson` type. */
export const codesJsonEndpoint: APIRoute = async ({ site, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const doc = buildCodesJson(
    await getCatalog(locale),
    await getStacks(),
    site ?? new URL('http://localhost:4321'),
    locale,
  );
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
