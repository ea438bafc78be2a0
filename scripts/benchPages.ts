/**
 * `npm run bench:pages`: builds the site from scratch, times it, and prints
 * the page budgets as a table. Timings are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, measureEdition, measureSite } from '../src/build/pageWeights.ts';
import { DEFAULT_LOCALE, LOCALES, localePath } from '../src/i18n/localePaths.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;
const BUILD_BUDGET_S = 60;

/** One full build; `cold` also drops Astro's cache and the Open Graph card cache. */
function timedBuild(cold: boolean): number {
  rmSync(dist, { recursive: true, force: true });
  if (cold) {
    rmSync(`${root}node_modules/.astro`, { recursive: true, force: true });
    rmSync(`${root}node_modules/.cache/wscc-og`, { recursive: true, force: true });
  }
  const started = performance.now();
  const build = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error('Build failed; run `npm run build` to see why.');
    process.exit(1);
  }
  const cards = /Open Graph cards: (.*)$/m.exec(build.stdout)?.[1];
  if (cards) console.log(`${cold ? 'Cold' : 'Warm'} build: Open Graph cards: ${cards}`);
  return (performance.now() - started) / 1000;
}

const seconds = timedBuild(true);
const warmSeconds = timedBuild(false);

const w = measureSite(dist);
const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
const row = (what: string, value: string, budget: string, ok: boolean) => ({
  what,
  value,
  budget,
  ok: ok ? 'yes' : 'NO',
});
const rows = [
  row(
    'Full build, Pagefind + cards, cold caches',
    `${seconds.toFixed(1)} s`,
    `${BUILD_BUDGET_S} s`,
    seconds <= BUILD_BUDGET_S,
  ),
  row(
    'Full build, card cache warm',
    `${warmSeconds.toFixed(1)} s`,
    `${BUILD_BUDGET_S} s`,
    warmSeconds <= BUILD_BUDGET_S,
  ),
  row(
    `Code page HTML, gz (max of ${w.codePages.count})`,
    kb(w.codePages.max),
    kb(BUDGETS.codePageHtml),
    w.codePages.max <= BUDGETS.codePageHtml,
  ),
  row(
    'Code page HTML, gz (median)',
    kb(w.codePages.median),
    kb(BUDGETS.codePageHtml),
    w.codePages.median <= BUDGETS.codePageHtml,
  ),
  row(
    `Compare page HTML, gz (max of ${w.comparePages.count})`,
    kb(w.comparePages.max),
    kb(BUDGETS.comparePageHtml),
    w.comparePages.max <= BUDGETS.comparePageHtml,
  ),
  row(
    'Compare page HTML, gz (median)',
    kb(w.comparePages.median),
    kb(BUDGETS.comparePageHtml),
    w.comparePages.median <= BUDGETS.comparePageHtml,
  ),
  // Every other edition's pages, under the same budgets.
  ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).flatMap((locale) => {
    const { codePages, comparePages } = measureEdition(dist, localePath('/', locale).slice(1));
    return [
      row(
        `/${locale}/ code page HTML, gz (max of ${codePages.count})`,
        kb(codePages.max),
        kb(BUDGETS.codePageHtml),
        codePages.max <= BUDGETS.codePageHtml,
      ),
      row(
        `/${locale}/ code page HTML, gz (median)`,
        kb(codePages.median),
        kb(BUDGETS.codePageHtml),
        codePages.median <= BUDGETS.codePageHtml,
      ),
      row(
        `/${locale}/ compare page HTML, gz (max of ${comparePages.count})`,
        kb(comparePages.max),
        kb(BUDGETS.comparePageHtml),
        comparePages.max <= BUDGETS.comparePageHtml,
      ),
    ];
  }),
  row('CSS, gz, all stylesheets', kb(w.cssTotal), kb(BUDGETS.cssTotal), w.cssTotal <= BUDGETS.cssTotal),
  row('JS fetched on load, worst page', `${w.jsOnLoad} B`, `${BUDGETS.jsOnLoad} B`, w.jsOnLoad <= BUDGETS.jsOnLoad),
  row(
    'Largest inline script',
    `${w.inlineScriptMax} B`,
    `${BUDGETS.inlineScript} B`,
    w.inlineScriptMax <= BUDGETS.inlineScript,
  ),
];
for (const locale of LOCALES) {
  const { codePages, comparePages } = measureEdition(dist, localePath('/', locale).slice(1));
  console.log(`${locale}: largest code page ${codePages.maxPage}; largest compare page ${comparePages.maxPage}`);
}
console.log('');
const widths = [44, 12, 10, 6];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['Measure', 'Value', 'Budget', 'OK']));
console.log(`|${widths.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line([r.what, r.value, r.budget, r.ok]));
process.exit(rows.every((r) => r.ok === 'yes') ? 0 : 1);
