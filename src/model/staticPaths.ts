/**
 * The static paths of every page kind built from content, shared by a page
 * and its share card so the two can never list different pages. Which items
 * get a page is the model's to say; the shape of each page's `params` comes
 * from `routeParams` in `src/routing/routes.ts`. Those whose props carry
 * content take the locale of the edition (`src/pages/<locale>/`).
 */
import { getCatalog } from './catalog.ts';
import { pagedCodes } from './catalogQueries.ts';
import { getLabData } from '../observations/labData.ts';
import { getStacks } from '../stacks/stackData.ts';
import { routeParams } from '../routing/routes.ts';
import type { Locale } from '../i18n/localePaths.ts';

/** `/codes/<code>/` and its card: every code with a content entry or a protocol meaning. */
export async function codeStaticPaths() {
  return pagedCodes(await getCatalog()).map((code) => ({ params: routeParams.code(code), props: { code } }));
}

/** `/compare/<a>-vs-<b>/` and its card: every pair with hand-written text. */
export async function compareStaticPaths(locale: Locale) {
  const catalog = await getCatalog(locale);
  return [...catalog.pairs.values()].map((pair) => ({
    params: routeParams.compare(pair.a, pair.b),
    props: { pair, a: catalog.byCode.get(pair.a)!, b: catalog.byCode.get(pair.b)! },
  }));
}

/** `/protocols/<slug>/`. */
export async function protocolStaticPaths(locale: Locale) {
  return (await getCatalog(locale)).protocols.map((protocol) => ({
    params: routeParams.protocol(protocol.slug),
    props: { protocol },
  }));
}

/** `/clients/<id>/`: every client with committed measurements. */
export async function clientStaticPaths() {
  return (await getLabData()).clients.map((client) => ({ params: routeParams.client(client.id), props: { client } }));
}

/** `/stacks/<id>/`: every stack in `content/stacks/`. */
export async function stackStaticPaths(locale: Locale) {
  return (await getStacks(locale)).map((stack) => ({ params: routeParams.stack(stack.id), props: { stack } }));
}

/** `/ranges/<from>-<to>/`. */
export async function rangeStaticPaths(locale: Locale) {
  return (await getCatalog(locale)).ranges.map((range) => ({
    params: routeParams.range(range.slug),
    props: { range },
  }));
}
