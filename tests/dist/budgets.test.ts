import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, measureEdition, measureSite } from '../../src/build/pageWeights.ts';
import { DIST, requireBuild } from '../support/dist.ts';
import { DEFAULT_LOCALE, LOCALES, localePath } from '../../src/i18n/localePaths.ts';

before(requireBuild);
// Sizes of a static build are deterministic, so budgets are asserted here; timings are not (see bench:pages).
const weights = () => measureSite(DIST);

test(`code pages are at most ${BUDGETS.codePageHtml} bytes of gzipped HTML`, () => {
  const { codePages } = weights();
  assert.ok(codePages.count >= 16);
  assert.ok(codePages.max <= BUDGETS.codePageHtml, `${codePages.maxPage}: ${codePages.max} B`);
});

test(`compare pages are at most ${BUDGETS.comparePageHtml} bytes of gzipped HTML`, () => {
  const { comparePages } = weights();
  assert.ok(comparePages.count >= 120);
  assert.ok(comparePages.max <= BUDGETS.comparePageHtml, `${comparePages.maxPage}: ${comparePages.max} B`);
});

test(`all CSS together is at most ${BUDGETS.cssTotal} bytes gzipped`, () => {
  const { cssTotal } = weights();
  assert.ok(cssTotal > 0 && cssTotal <= BUDGETS.cssTotal, `${cssTotal} B`);
});

// Every page of every edition: measureSite walks the whole of dist/, /ko/ included.
test('no page fetches JavaScript on load, and inline scripts stay tiny', () => {
  const { jsOnLoad, pagesFetchingJs, inlineScriptMax } = weights();
  assert.deepEqual(pagesFetchingJs, []);
  assert.equal(jsOnLoad, BUDGETS.jsOnLoad);
  assert.ok(inlineScriptMax <= BUDGETS.inlineScript, `${inlineScriptMax} B inline`);
});

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`/${locale}/ compare pages are at most ${BUDGETS.comparePageHtml} bytes of gzipped HTML`, () => {
    const { comparePages } = measureEdition(DIST, localePath('/', locale).slice(1));
    assert.equal(comparePages.count, weights().comparePages.count);
    assert.ok(comparePages.max <= BUDGETS.comparePageHtml, `${comparePages.maxPage}: ${comparePages.max} B`);
  });

  test(`/${locale}/ code pages are at most ${BUDGETS.codePageHtml} bytes of gzipped HTML`, () => {
    const { codePages } = measureEdition(DIST, localePath('/', locale).slice(1));
    assert.equal(codePages.count, weights().codePages.count);
    assert.ok(codePages.max <= BUDGETS.codePageHtml, `${codePages.maxPage}: ${codePages.max} B`);
  });
}
