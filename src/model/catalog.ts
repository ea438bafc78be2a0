import { getCollection } from 'astro:content';
import { checkCatalog } from './checkCatalog.ts';
import type { CloseCode } from './codeSchema.ts';
import type { PairText } from './pairSchema.ts';
import type { Protocol, ProtocolCode } from './protocolSchema.ts';
import type { CodeRangePage } from './rangeSchema.ts';
import { pairSlug } from '../routing/routes.ts';
import { checkProse, renderProse } from './contentProse.ts';
import { getLabData } from '../observations/labData.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/localePaths.ts';
import { localised } from '../i18n/localisedContent.ts';

/** A protocol with its slug (its file name). */
export type SluggedProtocol = Protocol & {
  /** URL slug, from the file name: `/protocols/<slug>/`. */
  slug: string;
};

/** One protocol's meaning of a code. */
export interface ProtocolMeaning {
  /** The protocol. */
  protocol: SluggedProtocol;
  /** Its entry for the code. */
  entry: ProtocolCode;
}

/** A range page with its slug. */
export type SluggedRange = CodeRangePage & {
  /** URL slug: `<from>-<to>`. */
  slug: string;
};

/** All content, cross-checked and indexed for pages. */
export interface Catalog {
  /** Every code with its own content entry, ascending. */
  codes: CloseCode[];
  /** Code by number. */
  byCode: Map<number, CloseCode>;
  /** Pair text by slug (`<a>-vs-<b>`), ascending by a then b. */
  pairs: Map<string, PairText>;
  /** Protocols, by name. */
  protocols: SluggedProtocol[];
  /** Each code's meanings across protocols, by code, ascending. */
  protocolMeanings: Map<number, ProtocolMeaning[]>;
  /** Range pages, ascending. */
  ranges: SluggedRange[];
}

const cached = new Map<Locale, Promise<Catalog>>();

/** An entry's data with its file, for error messages. */
function sourced<T>(dir: string, e: { id: string; filePath?: string | undefined; data: T }) {
  return { file: e.filePath ?? `content/${dir}/${e.id}.yaml`, id: e.id, data: e.data };
}

async function load(locale: Locale): Promise<Catalog> {
  const lab = await getLabData();
  const errors: string[] = [];
  // Lint and check every English entry, put the locale's translation over it,
  // then render its {obs:…} references from the measurements.
  const prose = <T extends Record<string, unknown>>(
    collection: 'codes' | 'pairs' | 'protocols' | 'ranges',
    entries: { file: string; id: string; data: T }[],
  ) =>
    entries.map((e) => {
      errors.push(...checkProse(e.file, e.data));
      const rendered = renderProse(e.file, localised(collection, e.file, e.data, locale), lab, locale);
      errors.push(...rendered.errors);
      return { ...e, data: rendered.data };
    });
  const codeEntries = prose(
    'codes',
    (await getCollection('codes')).map((e) => sourced('codes', e)),
  );
  const pairEntries = prose(
    'pairs',
    (await getCollection('pairs')).map((e) => sourced('pairs', e)),
  );
  const protocolEntries = prose(
    'protocols',
    (await getCollection('protocols')).map((e) => sourced('protocols', e)),
  );
  const rangeEntries = prose(
    'ranges',
    (await getCollection('ranges')).map((e) => sourced('ranges', e)),
  );
  errors.push(...checkCatalog(codeEntries, pairEntries, protocolEntries));
  if (errors.length) throw new Error(`Invalid content:\n  ${errors.join('\n  ')}`);
  const codes = codeEntries.map((e) => e.data).sort((x, y) => x.code - y.code);
  const pairs = pairEntries.map((e) => e.data).sort((x, y) => x.a - y.a || x.b - y.b);
  const protocols = protocolEntries
    .map((e) => ({ ...e.data, slug: e.id }))
    .sort((x, y) => x.name.localeCompare(y.name));
  const protocolMeanings = new Map<number, ProtocolMeaning[]>();
  for (const protocol of protocols) {
    for (const entry of protocol.codes) {
      if (!protocolMeanings.has(entry.code)) protocolMeanings.set(entry.code, []);
      protocolMeanings.get(entry.code)!.push({ protocol, entry });
    }
  }
  return {
    codes,
    byCode: new Map(codes.map((c) => [c.code, c])),
    pairs: new Map(pairs.map((p) => [pairSlug(p.a, p.b), p])),
    protocols,
    protocolMeanings: new Map([...protocolMeanings].sort((a, b) => a[0] - b[0])),
    ranges: rangeEntries.map((e) => ({ ...e.data, slug: e.id })).sort((a, b) => a.from - b.from),
  };
}

/**
 * The content catalog in `locale`: the English entries with their translated
 * fields in that locale. The build fails with every problem listed if the
 * content is inconsistent.
 */
export function getCatalog(locale: Locale = DEFAULT_LOCALE): Promise<Catalog> {
  let catalog = cached.get(locale);
  if (!catalog) cached.set(locale, (catalog = load(locale)));
  return catalog;
}
