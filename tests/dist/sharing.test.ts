import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DIST,
  SITE,
  fileForPath,
  htmlFiles,
  isNoindex,
  isRedirectStub,
  page,
  pathOf,
  requireBuild,
} from '../support/dist.ts';
import { readObservations } from '../../src/model/readContent.ts';
import { loadPairs } from '../support/content.ts';
import { DEFAULT_LOCALE, LOCALES, localePath, splitLocale } from '../../src/i18n/localePaths.ts';
import { siteCardPath } from '../../src/routing/routes.ts';

before(requireBuild);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  assert.equal(data.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${file} is a PNG`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const sharePages = () =>
  htmlFiles().filter((f) => /^(codes|compare)\/\d+(-vs-\d+)?\/index\.html$/.test(f) && !isRedirectStub(f));
/** The editions under a path prefix: each has its own cards. */
const otherLocales = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
/** The site path of a page's og:image, or undefined when it has none. */
const ogImagePath = (file: string) => {
  const image = page(file).querySelector('meta[property="og:image"]')?.getAttribute('content');
  return image === undefined ? undefined : new URL(image).pathname;
};

test('every code and compare page has its own 1200×630 og:image that exists in dist/', () => {
  const seen = new Set<string>();
  for (const file of sharePages()) {
    const image = page(file).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    assert.ok(image.startsWith(`${SITE}/og/`), `${file}: ${image}`);
    const target = fileForPath(new URL(image).pathname);
    assert.ok(target, `${file}: ${image} is not in dist/`);
    assert.deepEqual(pngSize(`${DIST}${target}`), { width: 1200, height: 630 }, image);
    assert.ok(!seen.has(image), `${image} is shared by two pages`);
    seen.add(image);
  }
});

test('every code and compare page of every other language has its own card in that language', () => {
  for (const locale of otherLocales) {
    for (const english of sharePages()) {
      const file = `${locale}/${english}`;
      const image = ogImagePath(file) ?? '';
      assert.ok(image.startsWith(localePath('/og/', locale)), `${file}: ${image}`);
      // The same card as the English page's, drawn in the page's language.
      assert.equal(image, localePath(ogImagePath(english)!, locale), file);
      const target = fileForPath(image);
      assert.ok(target, `${file}: ${image} is not in dist/`);
      assert.deepEqual(pngSize(`${DIST}${target}`), { width: 1200, height: 630 }, image);
      const png = readFileSync(`${DIST}${target}`);
      assert.ok(
        !png.equals(readFileSync(`${DIST}${fileForPath(ogImagePath(english)!)}`)),
        `${image} is the English card`,
      );
    }
  }
});

test("every other page gets the site card of its language, and English pages never another language's", () => {
  for (const locale of otherLocales) {
    const site = fileForPath(siteCardPath(locale));
    assert.ok(site, `${siteCardPath(locale)} is not in dist/`);
    assert.deepEqual(pngSize(`${DIST}${site}`), { width: 1200, height: 630 });
    assert.ok(!readFileSync(`${DIST}${site}`).equals(readFileSync(`${DIST}${fileForPath(siteCardPath())}`)));
  }
  const shared = new Set(sharePages().flatMap((f) => [f, ...otherLocales.map((l) => `${l}/${f}`)]));
  for (const file of htmlFiles().filter((f) => !isRedirectStub(f))) {
    const image = ogImagePath(file);
    if (image === undefined) continue;
    const { locale } = splitLocale(pathOf(file));
    assert.equal(splitLocale(image).locale, locale, `${file}: ${image}`);
    if (!shared.has(file)) assert.equal(image, siteCardPath(locale), file);
  }
});

test('og:title and og:description are unique, and og:url is the absolute canonical', () => {
  for (const property of ['og:title', 'og:description']) {
    const values = new Map<string, string>();
    for (const file of htmlFiles().filter((f) => !isRedirectStub(f) && !isNoindex(f))) {
      const value = page(file).querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      assert.ok(value, `${file}: ${property}`);
      assert.ok(!values.has(value), `${file} and ${values.get(value)} share ${property}`);
      values.set(value, file);
    }
  }
  for (const file of sharePages()) {
    const root = page(file);
    const canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href');
    assert.equal(canonical, `${SITE}${pathOf(file)}`);
    assert.equal(root.querySelector('meta[property="og:url"]')?.getAttribute('content'), canonical);
    assert.equal(root.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), 'summary_large_image');
  }
});

test('the sitemap lists every canonical page and nothing else', () => {
  const index = readFileSync(`${DIST}sitemap-index.xml`, 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
  const listed = new Set(
    maps.flatMap((f) => [...readFileSync(`${DIST}${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)),
  );
  const canonical = new Set(
    htmlFiles()
      .map((f) => page(f).querySelector('link[rel=canonical]')?.getAttribute('href'))
      // Redirect stubs carry the canonical of the page they lead to; the set counts that page once.
      .filter((href): href is string => href !== undefined),
  );
  assert.deepEqual([...listed].sort(), [...canonical].sort());
  for (const stub of htmlFiles().filter(isRedirectStub)) assert.ok(!listed.has(`${SITE}${pathOf(stub)}`), stub);
  assert.ok(!listed.has(`${SITE}/compare/`), 'the any-pair page is noindex');
});

test('robots.txt points at the sitemap and keeps crawlers off the demo', () => {
  const robots = readFileSync(`${DIST}robots.txt`, 'utf8');
  assert.match(robots, new RegExp(`Sitemap: ${SITE}/sitemap-index.xml`));
  assert.match(robots, /Disallow: \/demo\//);
});

test('llms.txt has one line for every code page and every comparison, in every language', () => {
  const text = readFileSync(`${DIST}llms.txt`, 'utf8');
  for (const file of sharePages()) assert.ok(text.includes(`(${SITE}${pathOf(file)})`), pathOf(file));
  assert.equal((text.match(/^- \[\d+ vs \d+\]/gm) ?? []).length, loadPairs().length * LOCALES.length);
});

test('llms.txt lists the measured-clients page and every client page', () => {
  const text = readFileSync(`${DIST}llms.txt`, 'utf8');
  const clientPages = htmlFiles().filter((f) => /^clients\/[^/]+\/index\.html$/.test(f));
  assert.equal(clientPages.length, readObservations().length);
  for (const file of ['clients/index.html', ...clientPages])
    assert.ok(text.includes(`(${SITE}${pathOf(file)})`), pathOf(file));
});
