import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, measureSite } from '../../src/build/pageWeights.ts';
import { DIST, requireBuild } from '../support/dist.ts';

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

test('no page fetches JavaScript on load, and inline scripts stay tiny', () => {
  const { jsOnLoad, pagesFetchingJs, inlineScriptMax } = weights();
  assert.deepEqual(pagesFetchingJs, []);
  assert.equal(jsOnLoad, BUDGETS.jsOnLoad);
  assert.ok(inlineScriptMax <= BUDGETS.inlineScript, `${inlineScriptMax} B inline`);
});
