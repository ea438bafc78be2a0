import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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
import { DEFAULT_LOCALE, LOCALES, localePath, splitLocale, type Locale } from '../../src/i18n/localePaths.ts';
import { notFoundPath, stackPath } from '../../src/routing/routes.ts';
import { ROOT } from '../support/content.ts';
import { readStacks } from '../../src/model/readContent.ts';
import { applyTranslation } from '../../src/i18n/contentTranslation.ts';
import { plainInline } from '../../src/components/renderInline.ts';

before(requireBuild);
// Every page of every edition but redirect stubs and the demo's pages, which exist in English only.
const pages = () => htmlFiles().filter((f) => !isRedirectStub(f) && !f.startsWith('demo/'));
/** The twin of a page's path in `locale`. */
const twin = (path: string, locale: Locale) => localePath(splitLocale(path).path, locale);

test('every page has a twin in every other language', () => {
  const byLocale = new Map<Locale, number>();
  for (const file of pages()) {
    const { locale } = splitLocale(pathOf(file));
    byLocale.set(locale, (byLocale.get(locale) ?? 0) + 1);
    for (const other of LOCALES.filter((l) => l !== locale))
      assert.ok(fileForPath(twin(pathOf(file), other)), `${file}: no ${other} twin`);
  }
  // Both editions are whole: the same number of pages each.
  assert.equal(new Set(byLocale.values()).size, 1, JSON.stringify([...byLocale]));
  assert.ok((byLocale.get(DEFAULT_LOCALE) ?? 0) > 200);
});

test('every indexed page lists itself and its twins as hreflang alternates, English as x-default', () => {
  for (const file of pages().filter((f) => !isNoindex(f))) {
    const path = pathOf(file);
    const alternates = page(file)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    assert.deepEqual(
      alternates,
      [...LOCALES.map((l) => [l, `${SITE}${twin(path, l)}`]), ['x-default', `${SITE}${twin(path, DEFAULT_LOCALE)}`]],
      file,
    );
  }
});

test('every page has a language switch to the same page in every other language', () => {
  for (const file of pages()) {
    const { locale } = splitLocale(pathOf(file));
    // The not-found pages render at /404/ but are served at /404.html.
    const path = pathOf(file).endsWith('/404.html') ? notFoundPath(locale) : pathOf(file);
    const links = page(file)
      .querySelectorAll('a.lang-switch')
      .map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang'), a.getAttribute('href')]);
    assert.deepEqual(
      links,
      LOCALES.filter((l) => l !== locale).map((l) => [l, l, twin(path, l)]),
      file,
    );
  }
});

test('the sitemap gives every URL its alternates in every language', () => {
  const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
  assert.ok(urls.length > 0);
  for (const url of urls) {
    const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]!).pathname;
    const alternates = [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]).sort();
    assert.deepEqual(alternates, LOCALES.map((l) => [l, `${SITE}${twin(loc, l)}`]).sort(), loc);
  }
  // Each edition's pages are listed, so both languages are found.
  for (const locale of LOCALES) assert.ok(xml.includes(`<loc>${SITE}${localePath('/codes/1006/', locale)}</loc>`));
});

test('each stack page shows its notes and what could not be read in its own language', () => {
  const hangul = /[가-힣]/;
  for (const english of readStacks()) {
    const file = `${ROOT}content/ko/stacks/${english.id}.yaml`;
    const translation: Record<string, unknown> = parse(readFileSync(file, 'utf8'));
    const editions: [Locale, typeof english][] = [
      ['en', english],
      ['ko', applyTranslation('stacks', english, translation)],
    ];
    for (const [locale, stack] of editions) {
      const root = page(fileForPath(stackPath(stack.id, locale))!);
      const items = (id: string) => root.querySelectorAll(`h2#${id} + ul > li`);
      const where = stackPath(stack.id, locale);
      assert.deepEqual(
        items('notes').map((li) => li.querySelector('span')!.text),
        stack.notes.map((n) => plainInline(n.text)),
        `${where}: notes`,
      );
      assert.deepEqual(
        items('unreadable').map((li) => li.text),
        stack.unreadable,
        `${where}: what could not be read`,
      );
      // The Korean page shows the translation, the English page none of it.
      for (const text of [...stack.notes.map((n) => n.text), ...stack.unreadable])
        assert.equal(hangul.test(text), locale === 'ko', `${where}: ${text}`);
    }
  }
});
