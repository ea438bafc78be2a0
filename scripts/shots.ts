/**
 * `npm run shots`: screenshots of one page of every kind (src/routing/pageKinds.ts)
 * at 360 and 1280 px, light and dark, from the real server over the real build,
 * into `test-results/shots/` for review.
 *
 *   --out=<dir>     write there instead (e.g. docs/screenshots/after)
 *   --kinds=a,b     only these page kinds
 *   --light         light scheme only
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { PAGE_KINDS, type PageKind } from '../src/routing/pageKinds.ts';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../src/lab/clients/systemChromium.ts';
import { ensureBuild } from '../src/build/ensureBuild.ts';
import { startServer } from '../src/build/startServer.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { out: { type: 'string' }, kinds: { type: 'string' }, light: { type: 'boolean' } },
});
const out = path.resolve(ROOT, values.out ?? 'test-results/shots');
const known = Object.keys(PAGE_KINDS) as PageKind[];
const kinds = values.kinds ? (values.kinds.split(',') as PageKind[]) : known;
const unknown = kinds.filter((k) => !known.includes(k));
if (unknown.length > 0) {
  console.error(`Unknown page kind: ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
  process.exit(1);
}
const schemes = values.light ? (['light'] as const) : (['light', 'dark'] as const);

if (ensureBuild(`${ROOT}/`) !== 0) process.exit(1);
mkdirSync(out, { recursive: true });
const server = await startServer({ DEMO_TLS_PORT: '0' });
const browser = await chromium.launch({
  ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: CHROMIUM_ARGS,
});
try {
  for (const kind of kinds) {
    for (const width of [360, 1280]) {
      for (const scheme of schemes) {
        const page = await browser.newPage({
          viewport: { width, height: width < 600 ? 800 : 900 },
          colorScheme: scheme,
        });
        await page.goto(`${server.origin}${PAGE_KINDS[kind]}`, { waitUntil: 'networkidle' });
        const file = path.join(out, `${kind}-${width}-${scheme}.png`);
        await page.screenshot({ path: file });
        await page.close();
        console.log(path.relative(ROOT, file));
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
