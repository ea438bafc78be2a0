/**
 * The static paths of every page kind built from content, shared by a page
 * and its share card so the two can never list different pages. The paths
 * themselves come from `src/routing/routes.ts`.
 */
import { getCatalog } from './catalog.ts';
import { pagedCodes } from './catalogQueries.ts';
import { pairSlug } from '../routing/routes.ts';

/** `/codes/<code>/` and its card: every code with a content entry or a protocol meaning. */
export async function codeStaticPaths() {
  return pagedCodes(await getCatalog()).map((code) => ({ params: { code: String(code) }, props: { code } }));
}

/** `/compare/<a>-vs-<b>/` and its card: every pair with hand-written text. */
export async function compareStaticPaths() {
  const catalog = await getCatalog();
  return [...catalog.pairs.values()].map((pair) => ({
    params: { pair: pairSlug(pair.a, pair.b) },
    props: { pair, a: catalog.byCode.get(pair.a)!, b: catalog.byCode.get(pair.b)! },
  }));
}

/** `/protocols/<slug>/`. */
export async function protocolStaticPaths() {
  return (await getCatalog()).protocols.map((protocol) => ({ params: { slug: protocol.slug }, props: { protocol } }));
}

/** `/ranges/<from>-<to>/`. */
export async function rangeStaticPaths() {
  return (await getCatalog()).ranges.map((range) => ({ params: { slug: range.slug }, props: { range } }));
}
