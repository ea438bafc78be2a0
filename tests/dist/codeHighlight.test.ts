import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, htmlFiles, page, requireBuild } from '../support/dist.ts';
import { walk } from '../../src/build/files.ts';

before(requireBuild);

test('no built page has a style attribute or a style element, so style-src needs no unsafe-inline', () => {
  for (const file of htmlFiles()) {
    const root = page(file);
    assert.equal(root.querySelectorAll('[style]').length, 0, `${file}: inline style attribute`);
    assert.equal(root.querySelectorAll('style').length, 0, `${file}: <style> element`);
  }
});

test('every token class in a highlighted block has a colour rule in the built CSS', () => {
  const css = walk(DIST)
    .filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'))
    .map((f) => readFileSync(`${DIST}${f}`, 'utf8'))
    .join('\n');
  const used = new Set<string>();
  // node-html-parser keeps <pre> as raw text, so read the classes from the markup.
  for (const file of htmlFiles()) {
    for (const [, c] of readFileSync(`${DIST}${file}`, 'utf8').matchAll(/<span class="(t-[a-z-]+)">/g)) used.add(c!);
  }
  // The samples are JavaScript and JSON: keywords, strings and functions must be coloured.
  for (const expected of ['t-keyword', 't-function', 't-string-expression']) assert.ok(used.has(expected), expected);
  for (const c of used) {
    assert.match(css, new RegExp(`\\.${c}[,{][^}]*?color:`), `${c} has no colour rule`);
  }
});
