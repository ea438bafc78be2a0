import type { APIRoute } from 'astro';
import { getCatalog } from '../model/catalog.ts';
import { buildCodesJson } from '../model/codesJson.ts';
import { getStacks } from '../stacks/stackData.ts';

/** `/codes.json`: the whole collection; its shape is the `CodesJson` type. */
export const GET: APIRoute = async ({ site }) => {
  const doc = buildCodesJson(await getCatalog(), await getStacks(), site ?? new URL('http://localhost:4321'));
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
