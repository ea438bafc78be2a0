import { test, expect } from './fixtures.ts';
import { searchFrom } from '../support/searchPage.ts';
import { t } from '../../src/i18n/locale.ts';
import { LOCALE_NAMES } from '../../src/i18n/localePaths.ts';
import { clientPath, codePath, compareIndexPath, comparePath, decodePath } from '../../src/routing/routes.ts';
import { readObservations } from '../../src/model/readContent.ts';
import { readFileSync } from 'node:fs';
import type { CodesJson } from '../../src/model/codesJsonShape.ts';
import { DIST } from '../support/dist.ts';
import { scenarioById } from '../../src/scenarios/catalog.ts';
import { SPEC_SECTIONS } from '../../src/scenarios/specSections.ts';
import { scenarioText, specSectionLabel } from '../../src/scenarios/scenarioText.ts';

// The queries, each with the code page it must find in the top 3.
const KOREAN_QUERIES = [
  ['비정상 종료', 1006],
  ['인증서', 1015],
  ['서버 재시작', 1012],
  ['메시지가 너무 큼', 1009],
] as const;

for (const [query, code] of KOREAN_QUERIES) {
  test(`Korean search: "${query}" finds ${codePath(code, 'ko')} in the top 3, and only Korean pages`, async ({
    page,
  }) => {
    const results = await searchFrom(page, codePath(1000, 'ko'), query);
    const rank = results.indexOf(codePath(code, 'ko'));
    // Printed for the record (the closing note quotes them); the assertions below decide.
    console.log(`search "${query}": ${results.slice(0, 3).join(' ')}`);
    expect(rank, results.join(' ')).toBeGreaterThanOrEqual(0);
    expect(rank, results.join(' ')).toBeLessThan(3);
    expect(results.filter((p) => !p.startsWith('/ko/'))).toEqual([]);
  });
}

test('English search finds only English pages', async ({ page }) => {
  const results = await searchFrom(page, codePath(1000), 'abnormal');
  expect(results.length).toBeGreaterThan(0);
  expect(results.filter((p) => p.startsWith('/ko/'))).toEqual([]);
});

test('a bare number searched on a Korean page leads to the Korean code page', async ({ page }) => {
  const results = await searchFrom(page, codePath(1000, 'ko'), '1006');
  expect(results[0]).toBe(codePath(1006, 'ko'));
});

for (const [english, korean] of [
  [codePath(1006), codePath(1006, 'ko')],
  [comparePath(1006, 1015), comparePath(1006, 1015, 'ko')],
]) {
  test(`the language switch goes from ${english} to ${korean} and back`, async ({ page }) => {
    await page.goto(english!);
    await page.getByRole('link', { name: LOCALE_NAMES.ko, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${korean}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByRole('link', { name: LOCALE_NAMES.en, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}

test('the pair picker on the Korean home page stays in Korean', async ({ page }) => {
  await page.goto('/ko/');
  await page.getByLabel(t('picker.first', 'ko')).selectOption('1015');
  await page.getByLabel(t('picker.second', 'ko')).selectOption('1006');
  await page.getByRole('button', { name: t('picker.go', 'ko') }).click();
  await expect(page).toHaveURL(new RegExp(`${comparePath(1006, 1015, 'ko')}$`));
});

test('the Korean any-pair page renders both codes from the Korean codes.json and links the Korean pages', async ({
  page,
}) => {
  const ko = JSON.parse(readFileSync(`${DIST}ko/codes.json`, 'utf8')) as CodesJson;
  const [a, b] = [1003, 3008].map((n) => ko.codes.find((c) => c.code === n)!);
  await page.goto(`${compareIndexPath('ko')}?a=${a!.code}&b=${b!.code}`);
  const result = page.locator('.any-result');
  await expect(result.locator('h1')).toBeVisible();
  // The summaries as the Korean codes.json has them (backticks render as code, so compare the text without them).
  for (const c of [a!, b!]) await expect(result).toContainText(c.summary.replace(/`/g, ''));
  await expect(result.getByRole('link', { name: `${t('compare.codePage', 'ko')} ${a!.code}` })).toHaveAttribute(
    'href',
    codePath(a!.code, 'ko'),
  );
});

test.describe('the Korean widget', () => {
  // Browsers log a dropped connection: that is the scenario.
  test.use({ expectedConsoleErrors: [/WebSocket connection to .* failed/] });

  test('shows the scenario title, reason and the sections a difference departs from in Korean', async ({ page }) => {
    const s = scenarioById('server-drop-tcp')!;
    const korean = scenarioText(s, 'ko');
    await page.goto(codePath(1006, 'ko'));
    await page.locator(`button[data-scenario="${s.id}"]`).click();
    const run = page.locator('.tryit-run').first();
    await expect(run.locator('h3')).toContainText(korean.title, { timeout: 15_000 });
    await expect(page.locator('.tryit-status')).toContainText(`${korean.title}:`);
    await expect(run.locator('.tryit-what')).toHaveText(korean.description.replace(/`/g, ''));
    await expect(run.locator('.tryit-spec')).toContainText(korean.why);
    await expect(run).not.toContainText(s.title);
    await expect(run).not.toContainText(s.expected.why);
    // Whatever this browser did, every section it departs from is named in Korean.
    const links = await run
      .locator('.tryit-spec a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    for (const [href, text] of links) {
      const section = Object.values(SPEC_SECTIONS).find((x) => x.url === href);
      expect(section, `${href}`).toBeDefined();
      expect(text).toBe(specSectionLabel(section!, 'ko'));
    }
  });
});

test('the Korean decoder names the scenario in Korean and links the Korean client and code pages', async ({ page }) => {
  const file = readObservations().find((f) => f.client.id === 'go-gorilla')!;
  const line = file.results.find((r) => r.scenario === 'server-drop-tcp')!.outcomes[0]!.messages.find((m) => m.text)!;
  await page.goto(decodePath('ko'));
  await page.getByLabel(t('decode.label', 'ko')).fill(line.text);
  await page.getByRole('button', { name: t('decode.button', 'ko') }).click();
  const result = page.locator('.decode-result');
  await expect(result).toHaveAttribute('data-code', '1006');
  await expect(result).toContainText(scenarioText(scenarioById('server-drop-tcp')!, 'ko').title);
  await expect(result.locator(`a[href="${clientPath('go-gorilla', 'ko')}"]`).first()).toBeVisible();
  await expect(result.locator(`a[href="${codePath(1006, 'ko')}"]`)).toBeVisible();
});
