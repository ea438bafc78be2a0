import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileForPath, htmlFiles, isRedirectStub, page, pathOf, requireBuild } from '../support/dist.ts';
import { NAV_SECTIONS, currentSection } from '../../src/layouts/siteNav.ts';
import { DATA_DOWNLOADS } from '../../src/routing/routes.ts';
import { PAGE_KINDS } from '../../src/routing/pageKinds.ts';
import { splitLocale, t } from '../../src/i18n/locale.ts';

before(requireBuild);
// Every page but redirect stubs and the demo's bare iframe page.
const pages = () => htmlFiles().filter((f) => !isRedirectStub(f) && !f.startsWith('demo/'));

test('every page kind the layout tests visit is a real page', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS))
    assert.ok(fileForPath(path.split('?')[0]!), `${kind}: ${path}`);
});

test('every page has the header with every section in its language, and marks the one it is in', () => {
  for (const file of pages()) {
    const { locale } = splitLocale(pathOf(file));
    const links = page(file).querySelectorAll('.site-nav a');
    assert.deepEqual(
      links.map((a) => [a.text.trim(), a.getAttribute('href')]),
      NAV_SECTIONS.map((s) => [t(s.label, locale), s.path(locale)]),
      file,
    );
    const current = links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href'));
    const section = currentSection(pathOf(file), locale);
    assert.deepEqual(current, section ? [section.path(locale)] : [], file);
  }
  // The sections a reader expects are each somewhere: codes (home), compare, clients, API...
  assert.equal(currentSection('/codes/1006/')?.label, 'nav.codes');
  assert.equal(currentSection('/compare/1006-vs-1015/')?.label, 'nav.compare');
  assert.equal(currentSection('/clients/chromium/')?.label, 'nav.clients');
  assert.equal(currentSection('/reconnect/'), undefined);
});

test('"On this page" lists exactly the page’s sections, in order, on long pages', () => {
  let withToc = 0;
  for (const file of pages()) {
    const root = page(file);
    const sections = root.querySelectorAll('main h2.heading').map((h) => `#${h.id}`);
    const toc = root.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href'));
    if (toc.length === 0) {
      assert.ok(sections.length < 4, `${file}: ${sections.length} sections and no contents`);
      continue;
    }
    withToc++;
    assert.deepEqual(toc, sections, file);
  }
  assert.ok(withToc > 150, `${withToc} pages with contents`);
});

test('the footer links the data downloads, each of which exists, and cites the page by its canonical URL', () => {
  for (const file of pages()) {
    const footer = page(file).querySelector('footer.site-footer');
    assert.ok(footer, file);
    const hrefs = footer.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const path of DATA_DOWNLOADS) assert.ok(hrefs.includes(path), `${file}: ${path}`);
    const canonical = page(file).querySelector('link[rel=canonical]')?.getAttribute('href');
    if (canonical) assert.ok(footer.text.includes(canonical), `${file}: citation`);
  }
  for (const path of DATA_DOWNLOADS) assert.ok(fileForPath(path), path);
});
