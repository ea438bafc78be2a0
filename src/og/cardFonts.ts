/**
 * The fonts of a share card, from npm (`@fontsource/*`), never the network.
 * Each font package ships numbered subsets with the `unicode-range` of each in
 * its `unicode.json` (what its CSS is generated from); a card loads only the
 * subsets that hold its characters. Font files and font lists are cached, so
 * satori, which caches parsed fonts by their data and its font loaders by the
 * list, parses each subset once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A font as satori takes it. */
export interface CardFont {
  /** Family name: the layout's `fontFamily` for the primary font, a unique fallback name for the others. */
  name: string;
  /** The subset's `.woff` file, read once per build. */
  data: Buffer;
  /** Weight of this file. */
  weight: CardWeight;
  /** Always upright. */
  style: 'normal';
}

/** The weights the card layout uses. */
export const CARD_WEIGHTS = [400, 700] as const;
/** One of `CARD_WEIGHTS`. */
export type CardWeight = (typeof CARD_WEIGHTS)[number];

/**
 * Font packages in order of preference: a character is drawn from the first
 * subset whose range has it. Latin stays Inter, Hangul comes from Noto Sans KR.
 */
const PACKAGES = [
  { family: 'Inter', pkg: '@fontsource/inter', file: 'inter' },
  { family: 'Noto Sans KR', pkg: '@fontsource/noto-sans-kr', file: 'noto-sans-kr' },
] as const;
/** The family the card layout names, and its subset every card loads (its metrics place the text). */
export const PRIMARY_FAMILY = PACKAGES[0].family;
const PRIMARY_SUBSET = 'latin';

// From the project root: this also runs from Astro's prerender chunks.
const require = createRequire(path.resolve('package.json'));
const readJson = (file: string): unknown => JSON.parse(readFileSync(require.resolve(file), 'utf8'));

/** One subset of a font package: which code points it has, and its files. */
interface Subset {
  /** The satori family name it is loaded under. */
  name: string;
  /** Package and file stem of its `.woff` files. */
  file: (weight: CardWeight) => string;
  /** Inclusive code point ranges, from its `unicode-range`. */
  ranges: [number, number][];
}

/** `U+0-ff,U+131,…` as inclusive code point ranges. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`Not a unicode-range: ${part}`);
    const from = parseInt(match[1]!, 16);
    return [from, match[2] === undefined ? from : parseInt(match[2], 16)];
  });
}

let subsets: Subset[] | undefined;
/** Every subset of every package, the primary one first, then in `PACKAGES` order. */
function allSubsets(): Subset[] {
  subsets ??= PACKAGES.flatMap(({ family, pkg, file }) =>
    Object.entries(readJson(`${pkg}/unicode.json`) as Record<string, string>).map(([key, range]) => {
      // Numbered subsets are keyed `[12]`, their files `…-12-400-normal.woff`.
      const id = key.replace(/^\[(\d+)\]$/, '$1');
      const primary = family === PRIMARY_FAMILY && id === PRIMARY_SUBSET;
      return {
        name: primary ? family : `${family} ${id}`,
        file: (weight: CardWeight) => `${pkg}/files/${file}-${id}-${weight}-normal.woff`,
        ranges: parseUnicodeRange(range),
      };
    }),
  ).sort((a, b) => Number(b.name === PRIMARY_FAMILY) - Number(a.name === PRIMARY_FAMILY));
  return subsets;
}

/** Which font packages, at which versions, draw the cards: part of a card's cache key. */
export function fontVersions(): string {
  return PACKAGES.map(({ pkg }) => `${pkg}@${(readJson(`${pkg}/package.json`) as { version: string }).version}`).join(
    ' ',
  );
}

const files = new Map<string, Buffer>();
const lists = new Map<string, CardFont[]>();

/**
 * The fonts for a card showing `text`: the primary subset, and for each other
 * character the first subset whose range has it, in both weights. The same
 * subsets give the same array, so satori reuses its font loader. A character
 * no subset claims loads nothing; satori then asks for it, and the card fails.
 */
export function fontsFor(text: string): CardFont[] {
  const [primary, ...fallbacks] = allSubsets();
  const has = (subset: Subset, cp: number) => subset.ranges.some(([from, to]) => cp >= from && cp <= to);
  const chosen = new Set<Subset>([primary!]);
  for (const char of new Set(text)) {
    const cp = char.codePointAt(0)!;
    if (has(primary!, cp)) continue;
    const subset = fallbacks.find((s) => has(s, cp));
    if (subset) chosen.add(subset);
  }
  // In preference order, so a character two subsets claim resolves the same on every card.
  const ordered = allSubsets().filter((s) => chosen.has(s));
  const key = ordered.map((s) => s.name).join('|');
  let list = lists.get(key);
  if (!list) {
    list = ordered.flatMap((subset) =>
      CARD_WEIGHTS.map((weight) => ({
        name: subset.name,
        data: fontFile(subset.file(weight)),
        weight,
        style: 'normal' as const,
      })),
    );
    lists.set(key, list);
  }
  return list;
}

function fontFile(file: string): Buffer {
  let data = files.get(file);
  if (!data) {
    data = readFileSync(require.resolve(file));
    files.set(file, data);
  }
  return data;
}
