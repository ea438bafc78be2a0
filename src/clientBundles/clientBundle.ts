import { build } from 'esbuild';
import { t, type Locale } from '../i18n/locale.ts';
import type { UiKey } from '../i18n/en.ts';
import { WIDGET_LABEL_KEYS, widgetScenarioText } from '../widget/labels.ts';
import { SEARCH_LABEL_KEYS } from '../search/searchLabels.ts';
import { DECODER_LABEL_KEYS } from '../decoder/decoderLabels.ts';
import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Client code that pages reference but never fetch on load: each entry is
 * compiled on its own, named by content hash, and imported on first use by
 * the inline boot script (`data-module`). Astro would bundle it as a page
 * script, which every page would fetch on load.
 */
export const CLIENT_ENTRIES = {
  /** The search dialog (opened by the search button or Ctrl/⌘+K). */
  search: 'src/search/searchDialog.ts',
  /** The copy button of code samples (loaded on first click). */
  copy: 'src/components/copyButton.ts',
  /** Any-pair comparisons on /compare/?a=&b= (loaded when the page shows). */
  anyPair: 'src/comparePage/anyPair.ts',
  /** "Copy link" buttons and heading anchors (loaded on first click). */
  copyLink: 'src/components/copyLink.ts',
  /** The /clients/ matrix filters (loaded on first use). */
  matrixFilter: 'src/observations/matrixFilter.ts',
  /** The "Try it" widget (loaded when it scrolls into view or on first click). */
  tryIt: 'src/widget/tryIt.ts',
  /** The log decoder on /decode/ (loaded on the first click of Decode). */
  decoder: 'src/decoder/decoderPage.ts',
} as const;

/** A client entry's name. */
export type ClientEntry = keyof typeof CLIENT_ENTRIES;

/** The UI strings for `keys`, keyed like the dictionary. */
const labelsOf = (keys: readonly UiKey[], locale: Locale) =>
  Object.fromEntries(keys.map((key) => [key, t(key, locale)]));

/**
 * Build-time data an entry needs, compiled into it as globals (`WSCC_LABELS`,
 * its UI strings in the page's locale, and the widget's `WSCC_SCENARIO_TEXT`:
 * one bundle per locale), so pages do not carry them: a bundle is fetched only
 * on use, a page on every visit. Only data that needs no content collection:
 * this also runs in the integration that writes the bundles.
 */
const ENTRY_DATA: Partial<Record<ClientEntry, (locale: Locale) => Record<string, unknown>>> = {
  tryIt: (locale) => ({
    WSCC_LABELS: labelsOf(WIDGET_LABEL_KEYS, locale),
    WSCC_SCENARIO_TEXT: widgetScenarioText(locale),
  }),
  search: (locale) => ({ WSCC_LABELS: labelsOf(SEARCH_LABEL_KEYS, locale) }),
  decoder: (locale) => ({ WSCC_LABELS: labelsOf(DECODER_LABEL_KEYS, locale) }),
};

/** A compiled client module. */
export interface ClientBundle {
  /** Site path with a content hash, under `/_astro/` so it is cached as immutable. */
  path: string;
  /** The minified ES module. */
  code: string;
}

/** Compile one entry (paths from the project root: this also runs from Astro's prerender chunks). */
async function compile(entry: string, format: 'esm' | 'iife', data: Record<string, unknown> = {}): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    define: Object.fromEntries(Object.entries(data).map(([name, value]) => [name, JSON.stringify(value)])),
    // An inline IIFE has no need of a "use strict" prologue: 13 bytes of every page.
    ...(format === 'iife' ? { tsconfigRaw: { compilerOptions: { alwaysStrict: false } } } : {}),
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const cache = new Map<string, Promise<ClientBundle>>();

/**
 * Compile one entry for pages in `locale` (cached). Entries without UI strings
 * compile to the same file in every locale. Paths are from the project root:
 * this also runs from Astro's prerender chunks.
 */
export function getClientBundle(name: ClientEntry, locale: Locale): Promise<ClientBundle> {
  let bundle = cache.get(`${name}:${locale}`);
  if (!bundle) {
    bundle = compile(CLIENT_ENTRIES[name], 'esm', ENTRY_DATA[name]?.(locale)).then((code) => {
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
      return { path: `/_astro/${name}.${hash}.js`, code };
    });
    cache.set(`${name}:${locale}`, bundle);
  }
  return bundle;
}

/**
 * Client code that runs inline, before anything is fetched: compiled by the
 * same esbuild step, as an IIFE, into the page itself. The server's CSP
 * admits each by the hash of the built output.
 */
export const INLINE_ENTRIES = {
  /** Every page's boot script: theme, Ctrl/⌘+K, and loading `data-module` code on use. */
  boot: 'src/theme/boot.ts',
  /** The 404 page's hint for a code without a page. */
  codeHint: 'src/components/codeHint.ts',
  /** The navigate-away scenario's iframe page. */
  navigateAwayFrame: 'src/widget/navigateAwayFrame.ts',
} as const;

const inlineCache = new Map<keyof typeof INLINE_ENTRIES, Promise<string>>();

/** The compiled text of an inline script (cached per build). */
export function getInlineScript(name: keyof typeof INLINE_ENTRIES): Promise<string> {
  let script = inlineCache.get(name);
  if (!script) {
    script = compile(INLINE_ENTRIES[name], 'iife').then((code) => code.trim());
    inlineCache.set(name, script);
  }
  return script;
}

/** Forget compiled bundles and inline scripts, so dev picks up edits. */
export function resetClientBundles(): void {
  cache.clear();
  inlineCache.clear();
}
