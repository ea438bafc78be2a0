/**
 * Open Graph cards: 1200×630 PNGs rendered at build time with satori (layout
 * to SVG) and resvg (SVG to PNG), with fonts from npm (`cardFonts.ts`), so the
 * build needs no network. Each card is cached by a hash of its content, the
 * template version and the font versions: an unchanged card is read back
 * instead of rendered again.
 */
import { SITE_ORIGIN } from '../routing/routes.ts';
import { PRIMARY_FAMILY, fontVersions, fontsFor } from './cardFonts.ts';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import satori from 'satori';

/** What a card says. */
export interface Card {
  /** Small line above the title, e.g. "WebSocket close code". */
  kicker: string;
  /** The big line, e.g. "1006 vs 1015". Keep it short: it must read at thumbnail size. */
  title: string;
  /** The names, e.g. "Abnormal Closure vs TLS handshake". */
  subtitle: string;
  /** The one line that matters (summary or what tells the two apart). */
  line: string;
}

/** Card size, as Open Graph and Twitter's large card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the layout changes, so cached cards are re-rendered. */
const TEMPLATE_VERSION = 6;
const CACHE_DIR = path.resolve('node_modules/.cache/wscc-og');
let fontKey: string | undefined;

/** Render counters for the build log. */
export interface CardStats {
  /** Cards rendered this build. */
  rendered: number;
  /** Cards read from the cache. */
  cached: number;
  /** Milliseconds spent producing cards. */
  ms: number;
}
const stats: CardStats = ((globalThis as { wsccOgStats?: CardStats }).wsccOgStats ??= {
  rendered: 0,
  cached: 0,
  ms: 0,
});

/** This build's card counters (shared across module instances through `globalThis`). */
export function cardStats(): CardStats {
  return stats;
}

type Node = { type: string; props: Record<string, unknown> & { children?: Node[] | string | undefined } };
const h = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({
  type,
  props: { style, children },
});

/** Hangul, CJK and full-width forms: about twice as wide as a Latin letter. */
const WIDE = /[\p{Script=Hangul}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** `s` cut to at most `n` Latin letters' width, with an ellipsis when cut. */
function clip(s: string, n: number): string {
  const chars = [...s];
  const widths = chars.map((c) => (WIDE.test(c) ? 2 : 1));
  if (widths.reduce((a, b) => a + b, 0) <= n) return s;
  let used = 0;
  let end = 0;
  while (end < chars.length && used + widths[end]! <= n - 1) used += widths[end++]!;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

function layout(card: Card): Node {
  return h(
    'div',
    {
      // Satori sizes the content box: 1056 + 2×72 = 1200 wide, 518 + 2×56 = 630 high.
      width: 1056,
      height: 518,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      background: '#0f172a',
      color: '#f8fafc',
      fontFamily: PRIMARY_FAMILY,
    },
    [
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h('div', { fontSize: 34, color: '#93c5fd', fontWeight: 700 }, card.kicker),
        h(
          'div',
          { fontSize: card.title.length > 14 ? 104 : 132, fontWeight: 700, lineHeight: 1.05, marginTop: 12 },
          card.title,
        ),
        h(
          'div',
          { fontSize: 46, fontWeight: 700, color: '#e2e8f0', marginTop: 18, lineHeight: 1.2 },
          clip(card.subtitle, 60),
        ),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
        h(
          'div',
          {
            display: 'flex',
            fontSize: 32,
            color: '#cbd5e1',
            lineHeight: 1.35,
            width: 1056,
            // Korean wraps between words, not inside one; only there, as satori's keep-all wraps Latin text earlier.
            ...(/\p{Script=Hangul}/u.test(card.line) && { wordBreak: 'keep-all' }),
          },
          clip(card.line, 120),
        ),
        h('div', { display: 'flex', fontSize: 26, color: '#64748b', marginTop: 16 }, new URL(SITE_ORIGIN).host),
      ]),
    ],
  );
}

/**
 * Render a card, without the cache. Fonts come from npm only: a character no
 * font has a glyph for fails the card, naming it, instead of being fetched or
 * drawn as a box.
 */
export async function drawCard(card: Card): Promise<Buffer> {
  const text = [card.kicker, card.title, card.subtitle, card.line, new URL(SITE_ORIGIN).host].join('');
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: fontsFor(text),
    loadAdditionalAsset: async (_language, segment) => {
      const chars = [...new Set(segment)].map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`);
      throw new Error(`Card "${card.kicker}: ${card.title}": no font has a glyph for ${chars.join(', ')}`);
    },
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
}

/** The PNG for a card, from the cache when its content, template and fonts have not changed. */
export async function renderCard(card: Card): Promise<Buffer> {
  const started = performance.now();
  fontKey ??= fontVersions();
  const key = createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, fonts: fontKey, card }))
    .digest('hex')
    .slice(0, 24);
  const file = path.join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) {
    stats.cached++;
    stats.ms += performance.now() - started;
    return readFileSync(file);
  }
  const png = await drawCard(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  stats.rendered++;
  stats.ms += performance.now() - started;
  return png;
}
