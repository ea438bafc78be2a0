/**
 * Every route of the site, in one place: the path of each page kind and of
 * its share card, the pair slug, and the canonical order of a comparison.
 * Pure (no content loading), so the server, the Astro config, the model and
 * the tests can all use it; the static paths built from the content are in
 * `src/model/staticPaths.ts`.
 */
import { localePath, splitLocale, type Locale } from '../i18n/localePaths.ts';

/** The site's canonical origin: canonical links, share cards, the sitemap and `llms.txt` are absolute to it. */
export const SITE_ORIGIN = 'https://websocket-close-codes.dev';

/** The slug of a pair as used in `/compare/<slug>/` and `content/pairs/<slug>.yaml`: lower code first. */
export function pairSlug(x: number, y: number): string {
  const [a, b] = x < y ? [x, y] : [y, x];
  return `${a}-vs-${b}`;
}

/** Parse `<x>-vs-<y>` into its two codes, in the order written, or `undefined` when malformed. */
export function parsePairSlug(slug: string): { x: number; y: number } | undefined {
  const match = /^(\d{1,4})-vs-(\d{1,4})$/.exec(slug);
  if (!match) return undefined;
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Path of the home page. */
export function homePath(locale?: Locale): string {
  return localePath('/', locale);
}

/** Where the widget for custom codes (3000–4999) lives: the home page's "Try it" section. */
export function customTryItPath(locale?: Locale): string {
  return `${homePath(locale)}#try-it`;
}

/** Path of a code page. */
export function codePath(code: number, locale?: Locale): string {
  return localePath(`/codes/${code}/`, locale);
}

/** Path of a comparison page; the lower code always comes first. */
export function comparePath(x: number, y: number, locale?: Locale): string {
  return localePath(`/compare/${pairSlug(x, y)}/`, locale);
}

/** Path of a protocol page. */
export function protocolPath(slug: string, locale?: Locale): string {
  return localePath(`/protocols/${slug}/`, locale);
}

/** Path of a range page (`<from>-<to>`). */
export function rangePath(slug: string, locale?: Locale): string {
  return localePath(`/ranges/${slug}/`, locale);
}

/** Path of the measured-clients page. */
export function clientsPath(locale?: Locale): string {
  return localePath('/clients/', locale);
}

/** Path of one measured client's page. */
export function clientPath(id: string, locale?: Locale): string {
  return localePath(`/clients/${id}/`, locale);
}

/** Path of the comparisons index and any-pair page. */
export function compareIndexPath(locale?: Locale): string {
  return localePath('/compare/', locale);
}

/** Path of the protocols index. */
export function protocolsPath(locale?: Locale): string {
  return localePath('/protocols/', locale);
}

/** Path of the ranges index. */
export function rangesPath(locale?: Locale): string {
  return localePath('/ranges/', locale);
}

/** Path of the API documentation. */
export function apiPath(locale?: Locale): string {
  return localePath('/api/', locale);
}

/** The data files the site publishes (documented on the API page), in the footer's order. */
export const DATA_DOWNLOADS = ['/codes.json', '/stacks.json', '/observations.json', '/llms.txt'] as const;

/** Path of the log decoder. */
export function decodePath(locale?: Locale): string {
  return localePath('/decode/', locale);
}

/** Path of the reconnect guide: which codes to retry, and the backoff sample. */
export function reconnectPath(locale?: Locale): string {
  return localePath('/reconnect/', locale);
}

/** Where search fetches the pages bare numbers lead to (`src/pages/targets.json.ts`). */
export const TARGETS_PATH = '/targets.json';

/** Where the log decoder's index is published (`src/pages/decode/index.json.ts`). */
export const DECODER_INDEX_PATH = '/decode/index.json';

/** Path of the stacks index. */
export function stacksPath(locale?: Locale): string {
  return localePath('/stacks/', locale);
}

/** Path of one stack's page. */
export function stackPath(id: string, locale?: Locale): string {
  return localePath(`/stacks/${id}/`, locale);
}

/** Path of the not-found page, which the server answers every unknown path in `locale` with. */
export function notFoundPath(locale?: Locale): string {
  return localePath('/404.html', locale);
}

/** The not-found page for an unknown `pathname`: the one in the path's locale. */
export function notFoundPathFor(pathname: string): string {
  return notFoundPath(splitLocale(pathname).locale);
}

/** Where Astro renders a not-found page (`Astro.url.pathname`), before the build moves it to `notFoundPath`. */
export const NOT_FOUND_RENDERED = '/404/';

/** Path of a code page's share card, in the page's language. */
export function codeCardPath(code: number, locale?: Locale): string {
  return localePath(`/og/codes/${code}.png`, locale);
}

/** Path of a comparison page's share card, in the page's language. */
export function compareCardPath(x: number, y: number, locale?: Locale): string {
  return localePath(`/og/compare/${pairSlug(x, y)}.png`, locale);
}

/** Path of the share card of every page without its own, in the page's language. */
export function siteCardPath(locale?: Locale): string {
  return localePath('/og/site.png', locale);
}

/**
 * The `params` of each dynamic page kind, named as its file in `src/pages/`
 * names them (`[code]`, `[pair]`, `[slug]`). A page and its share card both
 * build their static paths from these, so their URLs can't drift apart.
 */
export const routeParams = {
  /** `/codes/[code]/` and `/og/codes/[code].png`. */
  code: (code: number) => ({ code: String(code) }),
  /** `/compare/[pair]/` and `/og/compare/[pair].png`. */
  compare: (a: number, b: number) => ({ pair: pairSlug(a, b) }),
  /** `/protocols/[slug]/`. */
  protocol: (slug: string) => ({ slug }),
  /** `/ranges/[slug]/`. */
  range: (slug: string) => ({ slug }),
  /** `/clients/[client]/`. */
  client: (client: string) => ({ client }),
  /** `/stacks/[stack]/`. */
  stack: (stack: string) => ({ stack }),
};

/**
 * For a comparison path in reversed order (`/compare/<b>-vs-<a>/`, higher code
 * first), the canonical path; `undefined` for anything else. Used by the
 * redirect stubs, the server's 301 and the sitemap filter.
 */
export function canonicalComparison(pathname: string): string | undefined {
  const { locale, path } = splitLocale(pathname);
  const pair = parsePairSlug(/^\/compare\/([^/]+)\/?$/.exec(path)?.[1] ?? '');
  return pair && pair.x > pair.y ? comparePath(pair.x, pair.y, locale) : undefined;
}
