import type { Catalog } from './catalog.ts';
import { pagedCodes } from './catalogQueries.ts';
import { isAllowedFromPageClose, rangeOf } from '../rules/closeCodeRules.ts';
import { codePath, comparePath, protocolPath } from '../routing/routes.ts';
import { CODES_JSON_VERSION, type CodesJson, type CodesJsonMeaning } from './codesJsonShape.ts';
import { namesFor, type StackEntry } from '../stacks/stackQueries.ts';
import { permalink } from '../stacks/permalink.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/localePaths.ts';

/**
 * Build the `/codes.json` document from the catalog and the stacks; `site` is the absolute origin. In another
 * `locale` (`/ko/codes.json`) the prose is the catalog's translation and the URLs are that edition's pages.
 */
export function buildCodesJson(
  catalog: Catalog,
  stacks: readonly StackEntry[],
  site: URL,
  locale: Locale = DEFAULT_LOCALE,
): CodesJson {
  const abs = (path: string) => new URL(path, site).href;
  const meaningsOf = (code: number): CodesJsonMeaning[] =>
    (catalog.protocolMeanings.get(code) ?? []).map(({ protocol, entry }) => ({
      protocol: protocol.slug,
      name: entry.name,
      meaning: entry.meaning,
      sender: entry.sender,
      reconnect: entry.reconnect,
    }));
  return {
    version: CODES_JSON_VERSION,
    codes: catalog.codes.map(({ samples: _samples, keywords: _keywords, ...code }) => ({
      ...code,
      meanings: meaningsOf(code.code),
      range: rangeOf(code.code) ?? 'unused',
      fromPageClose: isAllowedFromPageClose(code.code),
      stacks: namesFor(stacks, code.code).map(({ stack, entry }) => ({
        stack: stack.id,
        name: entry.name,
        source: permalink(stack, entry),
      })),
      url: abs(codePath(code.code, locale)),
    })),
    protocolCodes: pagedCodes(catalog)
      .filter((code) => !catalog.byCode.has(code))
      .map((code) => ({
        code,
        range: rangeOf(code) ?? 'unused',
        fromPageClose: isAllowedFromPageClose(code),
        meanings: meaningsOf(code),
        url: abs(codePath(code, locale)),
      })),
    protocols: catalog.protocols.map((p) => ({ ...p, url: abs(protocolPath(p.slug, locale)) })),
    pairs: [...catalog.pairs.values()].map((p) => ({
      a: p.a,
      b: p.b,
      tagline: p.tagline,
      url: abs(comparePath(p.a, p.b, locale)),
    })),
  };
}
