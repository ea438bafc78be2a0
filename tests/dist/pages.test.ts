import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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
import { loadCodes, loadPairs } from '../support/content.ts';
import { comparePath, codePath, homePath, notFoundPath, reconnectPath } from '../../src/routing/routes.ts';
import { LOCALES, splitLocale } from '../../src/i18n/localePaths.ts';
import { RECONNECT_ADVICE, reconnects } from '../../src/model/codeSchema.ts';
import { requiredPairs } from '../../src/model/checkCatalog.ts';

before(requireBuild);
const codes = loadCodes().map((c) => c.data);
const pairs = loadPairs().map((p) => p.data);

test('every code has its page, titled with its number and IANA name', () => {
  for (const c of codes) {
    const file = fileForPath(codePath(c.code));
    assert.ok(file, `missing ${codePath(c.code)}`);
    assert.equal(page(file).querySelector('h1')?.text.trim(), `${c.code} ${c.name}`);
  }
});

test('every pair has its page with at least three key differences', () => {
  // Exactly the pairs that need text: all of 1000–1015, plus every declared neighbour.
  assert.deepEqual(
    pairs.map((p) => `${p.a}-vs-${p.b}`),
    requiredPairs(codes).map((p) => `${p.a}-vs-${p.b}`),
  );
  for (const p of pairs) {
    const file = fileForPath(comparePath(p.a, p.b));
    assert.ok(file, `missing ${comparePath(p.a, p.b)}`);
    const items = page(file).querySelectorAll('#key-differences + ol > li');
    assert.ok(items.length >= 3, `${file}: ${items.length} key differences`);
    for (const id of ['side-by-side', 'tell-apart', 'when-to-use', 'learn-more', `code-${p.a}`, `code-${p.b}`]) {
      assert.ok(page(file).getElementById(id), `${file}: no #${id}`);
    }
  }
});

test('reversed pair URLs are stubs pointing at the canonical page', () => {
  for (const p of pairs) {
    const file = fileForPath(`/compare/${p.b}-vs-${p.a}/`);
    assert.ok(file, `missing reversed stub for ${p.a}-vs-${p.b}`);
    const stub = page(file);
    const target = comparePath(p.a, p.b);
    assert.equal(stub.querySelector('link[rel=canonical]')?.getAttribute('href'), `${SITE}${target}`);
    assert.match(
      stub.querySelector('meta[http-equiv=refresh]')?.getAttribute('content') ?? '',
      new RegExp(`url=${target}$`),
    );
  }
});

test('every real page has a canonical link to its own absolute URL', () => {
  for (const file of htmlFiles().filter((f) => !isRedirectStub(f) && !isNoindex(f))) {
    assert.equal(page(file).querySelector('link[rel=canonical]')?.getAttribute('href'), `${SITE}${pathOf(file)}`, file);
  }
});

test('titles and meta descriptions are unique across the site', () => {
  const real = htmlFiles().filter((f) => !isRedirectStub(f));
  for (const selector of ['title', 'meta[name=description]']) {
    const seen = new Map<string, string>();
    for (const file of real) {
      const el = page(file).querySelector(selector);
      const value = selector === 'title' ? el?.text : el?.getAttribute('content');
      assert.ok(value && value.length > 10, `${file}: ${selector} missing`);
      assert.ok(!seen.has(value), `${file} and ${seen.get(value)} share ${selector} "${value}"`);
      seen.set(value, file);
    }
  }
});

test('every page declares its language, has breadcrumbs (but home) and a search button', () => {
  const notFound = LOCALES.map((l) => notFoundPath(l).slice(1));
  const homes = LOCALES.map((l) => homePath(l));
  for (const file of htmlFiles().filter((f) => !isRedirectStub(f) && (notFound.includes(f) || !isNoindex(f)))) {
    const root = page(file);
    assert.equal(root.querySelector('html')?.getAttribute('lang'), splitLocale(pathOf(file)).locale, file);
    assert.ok(root.querySelector('[data-search-open]'), `${file}: no search button`);
    if (!homes.includes(pathOf(file)) && !notFound.includes(file))
      assert.ok(root.querySelector('nav.breadcrumbs'), `${file}: no breadcrumbs`);
  }
});

test('every h2 on code and compare pages has an anchor link to itself', () => {
  for (const file of htmlFiles().filter((f) => /^(codes|compare)\/\d/.test(f) && !isRedirectStub(f))) {
    for (const h2 of page(file).querySelectorAll('main h2')) {
      assert.equal(h2.querySelector('a.anchor')?.getAttribute('href'), `#${h2.id}`, `${file}: h2 "${h2.text}"`);
    }
  }
});

test('no page exists for an unknown code, and the 404 page explains the ranges', () => {
  assert.equal(fileForPath('/codes/9999/'), undefined);
  assert.ok(existsSync(`${DIST}404.html`));
  const text = page('404.html').text;
  assert.match(text, /3000–3999/);
  assert.match(text, /4000–4999/);
});

test('the Pagefind index was built at the end of the build', () => {
  assert.ok(existsSync(`${DIST}pagefind/pagefind.js`));
  const entry = JSON.parse(readFileSync(`${DIST}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  // Pages that opt in (codes, comparisons, protocols, ranges); stubs, 404 and list pages stay out of results.
  const optedIn = htmlFiles().filter((f) => /<main[^>]*\sdata-pagefind-body/.test(readFileSync(`${DIST}${f}`, 'utf8')));
  assert.ok(optedIn.length >= codes.length + pairs.length);
  assert.equal(indexed, optedIn.length);
});

test('once indexed, no page carries Pagefind markup but data-pagefind-body', () => {
  for (const f of htmlFiles())
    assert.doesNotMatch(readFileSync(`${DIST}${f}`, 'utf8'), /<[^>]*\sdata-pagefind-(?!body\b)/, f);
});

test('/reconnect/ holds the reconnect sample and every code under its advice; each code that should reconnect links it', () => {
  const guide = page(fileForPath(reconnectPath())!);
  assert.ok(guide.querySelector('figure.sample pre'), 'the sample');
  for (const advice of RECONNECT_ADVICE) {
    const listed = guide
      .querySelectorAll(`#advice-${advice} + ul a`)
      .map((a) => a.getAttribute('href'))
      .sort();
    const expected = codes
      .filter((c) => c.reconnect === advice)
      .map((c) => codePath(c.code))
      .sort();
    assert.deepEqual(listed, expected, advice);
  }
  for (const c of codes) {
    const links = page(fileForPath(codePath(c.code))!).querySelectorAll(`a[href="${reconnectPath()}"]`);
    assert.equal(links.length, reconnects(c.reconnect) ? 1 : 0, `${c.code} (${c.reconnect})`);
  }
});
