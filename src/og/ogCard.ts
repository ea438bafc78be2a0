/**
 * Open Graph cards: 1200×630 PNGs rendered at build time with satori (layout
 * to SVG) and resvg (SVG to PNG), with Inter from npm, so the build needs no
 * network. Each card is cached by a hash of its content and the template
 * version: an unchanged card is read back instead of rendered again.
 */
import { SITE_ORIGIN } from '../routing/routes.ts';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const TEMPLATE_VERSION = 5;
const CACHE_DIR = path.resolve('node_modules/.cache/wscc-og');
// From the project root: this also runs from Astro's prerender chunks.
const require = createRequire(path.resolve('package.json'));
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

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

function layout(card: Card): Node {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
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
      fontFamily: 'Inter',
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
          { display: 'flex', fontSize: 32, color: '#cbd5e1', lineHeight: 1.35, width: 1056 },
          clip(card.line, 120),
        ),
        h('div', { display: 'flex', fontSize: 26, color: '#64748b', marginTop: 16 }, new URL(SITE_ORIGIN).host),
      ]),
    ],
  );
}

/** The PNG for a card, from the cache when its content has not changed. */
export async function renderCard(card: Card): Promise<Buffer> {
  const started = performance.now();
  const key = createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, card }))
    .digest('hex')
    .slice(0, 24);
  const file = path.join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) {
    stats.cached++;
    stats.ms += performance.now() - started;
    return readFileSync(file);
  }
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  stats.rendered++;
  stats.ms += performance.now() - started;
  return png;
}
