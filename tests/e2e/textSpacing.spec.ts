import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { loadCodes, loadProtocols } from '../support/content.ts';
import { fill, t } from '../../src/i18n/locale.ts';
import { plainInline } from '../../src/components/renderInline.ts';
import { isAllowedFromPageClose, rangeOf } from '../../src/rules/closeCodeRules.ts';
import { clientsPath, codePath, comparePath, protocolPath, stacksPath } from '../../src/routing/routes.ts';

/**
 * Words must not run together where the source puts a space between them
 * (a line break in an `.astro` file renders as nothing; see
 * src/build/astroWhitespace.ts), and content prose must not show its
 * Markdown backticks.
 */

const codes = loadCodes().map((c) => c.data);
const protocols = loadProtocols().map(({ file, data }) => ({ ...data, slug: file.replace(/^.*\/|\.yaml$/g, '') }));
const nameOf = (code: number) => codes.find((c) => c.code === code)!.name;
const meaningsOf = (code: number) => protocols.flatMap((p) => p.codes.filter((c) => c.code === code));

/** Joins that only a lost space produces, in rendered text with code, URLs and file names masked. */
const JOINS: [RegExp, string][] = [
  [/\d[A-Z][a-z]/, 'a number runs into a capitalised word'],
  [/[a-z]{2}\d{4}/, 'a word runs into a number'],
  [/[a-z)][.:;!?][A-Z][a-z]/, 'punctuation runs into the next word'],
];

/** Every page kind once; the any-pair page renders in the browser. */
const PAGES: { kind: string; path: string; ready?: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'code', path: codePath(1006) },
  { kind: 'protocol code', path: codePath(4004) },
  { kind: 'comparison', path: comparePath(1000, 1006) },
  { kind: 'any pair', path: '/compare/?a=1003&b=3008', ready: '.any-result h1' },
  { kind: 'protocol', path: protocolPath('discord-gateway') },
  { kind: 'range', path: '/ranges/4000-4999/' },
  { kind: 'clients', path: clientsPath() },
  { kind: 'client', path: '/clients/chromium/' },
  { kind: 'stacks', path: stacksPath() },
  { kind: 'stack', path: '/stacks/deno/' },
  { kind: 'decoder', path: '/decode/' },
  { kind: 'reconnect', path: '/reconnect/' },
  { kind: 'api', path: '/api/' },
  { kind: 'not found', path: '/no-such-page/' },
];

/**
 * The rendered text (innerText) of every element that holds words, with code,
 * the heading anchors, URLs and `verbatim` names masked so only prose is
 * judged. Elements holding a select or a text box are left out: option lists
 * are data, not prose.
 */
function renderedTexts(page: Page, verbatim: string[]): Promise<string[]> {
  return page.locator('main').evaluate((main, verbatim) => {
    const texts: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement>(
      'h1, h2, h3, h4, h5, h6, p, li, th, td, dt, dd, caption, figcaption, summary, label, button, a',
    )) {
      if (el.querySelector('select, textarea')) continue;
      let text = el.innerText;
      for (const masked of el.querySelectorAll<HTMLElement>('code, pre, kbd, samp, .anchor'))
        if (masked.innerText) text = text.replace(masked.innerText, ' ¤ ');
      for (const name of verbatim) text = text.replaceAll(name, ' ¤ ');
      texts.push(text.replace(/\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g, ' ¤ '));
    }
    return texts;
  }, verbatim);
}

/** The rendered text of `main` outside code: content prose shows no backticks. */
function proseText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main: HTMLElement) => {
    let text = main.innerText;
    for (const code of main.querySelectorAll<HTMLElement>('code, pre')) text = text.replace(code.innerText, '');
    return text;
  });
}

/** A heading's own text, without its anchor link. */
const headingText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((hs) =>
    hs.map((h) =>
      [...h.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.classList.contains('anchor')))
        .map((n) => (n instanceof HTMLElement ? n.innerText : n.textContent))
        .join(''),
    ),
  );

for (const { kind, path, ready } of PAGES) {
  test.describe(`${kind} page`, () => {
    test.use({ expectedConsoleErrors: kind === 'not found' ? [/status of 404/] : [] });
    test(`no words run together and no backticks show: ${path}`, async ({ page }) => {
      await page.goto(path);
      if (ready) await expect(page.locator(ready)).toBeVisible();
      // Stack names are the projects' own spelling (".NET System.Net.WebSockets").
      const stacks = (await (await page.request.get('/stacks.json')).json()) as { stacks: { name: string }[] };
      const verbatim = stacks.stacks.map((s) => s.name);
      const joined = (await renderedTexts(page, verbatim)).flatMap((text) =>
        JOINS.filter(([re]) => re.test(text)).map(([re, why]) => `${why}: "${re.exec(text)![0]}" in "${text.trim()}"`),
      );
      expect([...new Set(joined)]).toEqual([]);
      expect(await proseText(page)).not.toContain('`');
    });
  });
}

test('a code page heading is the code and its name', async ({ page }) => {
  await page.goto(codePath(1006));
  expect(await headingText(page, 'h1')).toEqual([`1006 ${nameOf(1006)}`]);
});

test('a protocol code page separates its sentences and renders code in names', async ({ page }) => {
  const code = 4004;
  await page.goto(codePath(code));
  const names = meaningsOf(code).map((entry) => plainInline(entry.name));
  expect(await headingText(page, 'h1')).toEqual([`${code}: ${names.join(' / ')}`]);
  const lead = fill(t('protocolCode.lead'), { code, range: t(`range.${rangeOf(code)!}`) });
  await expect(page.locator('p.lead')).toHaveText(`${lead} ${t('protocolCode.which')}`);
  const answer = t(isAllowedFromPageClose(code) ? 'yes' : 'no');
  await expect(page.locator('main p', { hasText: t('facts.fromPage') })).toHaveText(
    new RegExp(`^${t('facts.fromPage').replace(/[()]/g, '\\$&')}: ${answer}\\. \\S`),
  );
  // A meaning written with backticks shows them as code.
  await page.goto(codePath(4007));
  await expect(page.locator('h1 code')).toHaveText('seq');
});

test('every comparison page names each code with a space before its name', async ({ page }) => {
  await page.goto('/');
  const pairs = (await (await page.request.get('/codes.json')).json()) as { pairs: { a: number; b: number }[] };
  expect(pairs.pairs.length).toBeGreaterThan(100);
  // Each page is fetched and parsed by the browser; one navigation per page would take minutes.
  const headings = await page.evaluate(
    async (paths) =>
      Promise.all(
        paths.map(async (path) => {
          const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
          return [...doc.querySelectorAll('h2[id^="code-"]')].map((h) => h.firstChild?.textContent ?? '');
        }),
      ),
    pairs.pairs.map((p) => comparePath(p.a, p.b)),
  );
  const expected = pairs.pairs.map((p) => [`${p.a} ${nameOf(p.a)}`, `${p.b} ${nameOf(p.b)}`]);
  expect(headings).toEqual(expected);
});

test('the any-pair comparison titles each code with a space and renders backticks as code', async ({ page }) => {
  await page.goto('/compare/?a=1003&b=3008');
  const title = (code: number) => `${code} ${nameOf(code)}`;
  await expect(page.locator('.any-result h1')).toHaveText(fill(t('any.heading'), { a: title(1003), b: title(3008) }));
  await expect(page.locator('.any-result section > h2')).toHaveText([title(1003), title(3008)]);
  const backticked = codes
    .filter((c) => c.code === 1003 || c.code === 3008)
    .flatMap((c) => [c.summary, ...c.description, ...c.whenItHappens, ...c.remediation])
    .flatMap((text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  expect(backticked.length).toBeGreaterThan(0);
  const shown = await page.locator('.any-result section code').allInnerTexts();
  for (const code of backticked) expect(shown).toContain(code);
});

test('a protocol page says when its source was checked, with a space before the date', async ({ page }) => {
  const protocol = protocols.find((p) => p.slug === 'discord-gateway')!;
  await page.goto(protocolPath('discord-gateway'));
  await expect(page.locator('main')).toContainText(`(${t('protocols.checked')} ${protocol.checked}).`);
});

test.describe('not found', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('the 404 page spaces its search hint from the button', async ({ page }) => {
    await page.goto('/no-such-page/');
    await expect(page.locator('main p', { has: page.locator('[data-search-open]') })).toContainText(
      `${t('notFound.searchHint')} ${t('search.open')} ·`,
    );
  });
});
