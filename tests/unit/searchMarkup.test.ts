import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutIndexMarkup } from '../../src/search/searchIntegration.ts';

test('index-only Pagefind attributes leave the served page; data-pagefind-body and text stay', () => {
  const html =
    '<main data-pagefind-body><article data-pagefind-meta="keywords:a > b, c" data-pagefind-weight="5" class="x">' +
    '<p data-pagefind-ignore>Write data-pagefind-meta="…" in the page.</p></article></main>';
  assert.equal(
    withoutIndexMarkup(html),
    '<main data-pagefind-body><article class="x"><p>Write data-pagefind-meta="…" in the page.</p></article></main>',
  );
});
