import type { Catalog } from './catalog.ts';
import { isAllowedFromPageClose, rangeOf, type CodeRange } from './closeCodeRules.ts';
import type { CloseCode } from './codeSchema.ts';
import { codePath, comparePath } from '../i18n/locale.ts';

/** Bumped whenever a field of `/codes.json` changes meaning or is removed. */
export const CODES_JSON_VERSION = 1;

/** One code in `/codes.json`: the content entry plus the facts derived from the specs. */
export type CodesJsonCode = Omit<CloseCode, 'samples' | 'keywords'> & {
  /** The range the code falls in (RFC 6455 §7.4.2). */
  range: CodeRange;
  /** Whether page JavaScript may pass it to `WebSocket.close()` (WHATWG). */
  fromPageClose: boolean;
  /** Absolute URL of the code's page. */
  url: string;
};

/** One comparison in `/codes.json`. */
export interface CodesJsonPair {
  /** The lower code. */
  a: number;
  /** The higher code. */
  b: number;
  /** The line that tells them apart. */
  tagline: string;
  /** Absolute URL of the comparison page. */
  url: string;
}

/** The whole document served at `/codes.json`. */
export interface CodesJson {
  /** Shape version; see `CODES_JSON_VERSION`. */
  version: number;
  /** Every code, ascending. */
  codes: CodesJsonCode[];
  /** Every comparison page, lower code first. */
  pairs: CodesJsonPair[];
}

/** Build the `/codes.json` document from the catalog; `site` is the absolute origin. */
export function buildCodesJson(catalog: Catalog, site: URL): CodesJson {
  const abs = (path: string) => new URL(path, site).href;
  return {
    version: CODES_JSON_VERSION,
    codes: catalog.codes.map(({ samples: _samples, keywords: _keywords, ...code }) => ({
      ...code,
      range: rangeOf(code.code) ?? 'unused',
      fromPageClose: isAllowedFromPageClose(code.code),
      url: abs(codePath(code.code)),
    })),
    pairs: [...catalog.pairs.values()].map((p) => ({
      a: p.a,
      b: p.b,
      tagline: p.tagline,
      url: abs(comparePath(p.a, p.b)),
    })),
  };
}
