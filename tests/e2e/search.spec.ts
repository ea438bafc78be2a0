import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { searchFrom } from '../support/searchPage.ts';
import { readCollection, readObservations } from '../../src/model/readContent.ts';

/** Search from an English code page. */
const search = (page: Page, query: string) => searchFrom(page, '/codes/1000/', query);

/** The rank (0-based) of the first result that is `path`. */
const rank = (results: string[], path: string) => results.indexOf(path);

test('"1006" finds the 1006 page first', async ({ page }) => {
  expect((await search(page, '1006'))[0]).toBe('/codes/1006/');
});

test('"certificate" finds 1015 near the top', async ({ page }) => {
  const r = await search(page, 'certificate');
  expect(rank(r, '/codes/1015/')).toBeGreaterThanOrEqual(0);
  expect(rank(r, '/codes/1015/')).toBeLessThan(3);
});

test('"idle timeout" finds 1006 and 1001 near the top', async ({ page }) => {
  const r = await search(page, 'idle timeout');
  for (const path of ['/codes/1006/', '/codes/1001/']) {
    expect(rank(r, path), path).toBeGreaterThanOrEqual(0);
    expect(rank(r, path), path).toBeLessThan(5);
  }
});

test('"too big" finds 1009 near the top', async ({ page }) => {
  const r = await search(page, 'too big');
  expect(rank(r, '/codes/1009/')).toBeGreaterThanOrEqual(0);
  expect(rank(r, '/codes/1009/')).toBeLessThan(3);
});

test('"restart" finds 1012 near the top', async ({ page }) => {
  const r = await search(page, 'restart');
  expect(rank(r, '/codes/1012/')).toBeGreaterThanOrEqual(0);
  expect(rank(r, '/codes/1012/')).toBeLessThan(3);
});

/** Select the option of `select` whose visible text starts with `prefix`. */
async function selectByPrefix(page: Page, label: string, prefix: string): Promise<void> {
  const select = page.getByLabel(label);
  await expect(select.locator('option', { hasText: prefix }).first()).toBeAttached();
  const value = await select.locator('option', { hasText: prefix }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

test('the category filter narrows results to that category', async ({ page }) => {
  await search(page, 'close');
  await selectByPrefix(page, 'Page type', 'Code (');
  const paths = () =>
    page.locator('#search-results a').evaluateAll((l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // The list refreshes when the filter's search returns.
  await expect(async () => {
    const shown = await paths();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((p) => p.startsWith('/codes/'))).toBe(true);
  }).toPass();
  await selectByPrefix(page, 'Category', 'Reported locally only');
  await expect(async () => {
    const local = await page
      .locator('#search-results a')
      .evaluateAll((l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(local.sort()).toEqual(['/codes/1005/', '/codes/1006/', '/codes/1015/']);
  }).toPass();
});

test('keyboard: Ctrl+K, type, Enter opens the top result', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  // The search client loads on this first use; typing starts once it has focused the box.
  await expect(page.locator('#search-input')).toBeFocused();
  // Enter right after the last key: it opens the top result of the whole query, not of "101".
  await page.keyboard.type('1012');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/codes\/1012\/$/);
});

test('keyboard: arrow down highlights the second result and Enter opens it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search close codes and comparisons' });
  await expect(input).toBeFocused();
  // One input event, so the results shown are the final ones.
  await page.keyboard.insertText('restart');
  const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  const [first, second] = await options.evaluateAll((links) =>
    links.slice(0, 2).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(second).not.toBe(first);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(input).toBeFocused();
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(second!, page.url()).href);
});

test('the search button opens search and Escape closes it', async ({ page }) => {
  await page.goto('/compare/1000-vs-1001/');
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .click();
  await expect(page.locator('#search-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-dialog')).toBeHidden();
});

test('one Escape closes search with a query typed, and the query is kept', async ({ page }) => {
  await search(page, 'idle timeout');
  // Where there is room, the close control shows its key.
  await expect(page.getByRole('dialog').getByText('Esc', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-dialog')).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-input')).toHaveValue('idle timeout');
});

test('on a 360 px screen: no Esc button, and the search button and the close control have names', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/codes/1006/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search close codes and comparisons' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Esc', { exact: true })).toBeHidden();
  const close = dialog.getByRole('button', { name: 'Close search' });
  await expect(close).toBeVisible();
  await close.click();
  await expect(dialog).toBeHidden();
});

test('a keyword query shows a sentence of the page, not its keyword list, which the page does not print', async ({
  page,
}) => {
  const { keywords } = readCollection('codes').find((c) => c.data.code === 1015)!.data;
  const list = keywords.join(', ');
  expect(keywords).toContain('certificate');
  await search(page, 'certificate');
  const excerpt = page.locator('#search-results a[href="/codes/1015/"] span');
  await expect(excerpt.locator('mark').first()).toHaveText(/certificate/i);
  const shown = (await excerpt.textContent()) ?? '';
  expect(shown).not.toContain(keywords.slice(0, 2).join(', '));
  await page.goto('/codes/1015/');
  const body = (await page.locator('main').textContent()) ?? '';
  // Pagefind's text ends each block with a full stop: compare letters and digits only.
  const squeeze = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
  expect(squeeze(body)).toContain(squeeze(shown));
  expect(body).not.toContain(list);
});

test('"kicked by server", a keyword the 1008 page never prints, still finds it in the top 3', async ({ page }) => {
  const r = await search(page, 'kicked by server');
  expect(rank(r, '/codes/1008/')).toBeGreaterThanOrEqual(0);
  expect(rank(r, '/codes/1008/')).toBeLessThan(3);
});

/** A message a client gave in a scenario, exactly as the lab recorded it. */
function measured(client: string, scenario: string): string {
  const file = readObservations().find((f) => f.client.id === client)!;
  const text = file.results.find((r) => r.scenario === scenario)!.outcomes[0]!.messages.find((m) => m.text)!.text;
  expect(text.length).toBeGreaterThan(0);
  return text;
}

for (const { client, scenario, code } of [
  { client: 'go-gorilla', scenario: 'server-drop-tcp', code: 1006 },
  { client: 'python-websockets', scenario: 'server-drop-tcp', code: 1006 },
  { client: 'go-gorilla', scenario: 'server-close-1014', code: 1014 },
  { client: 'deno', scenario: 'handshake-403', code: 1006 },
]) {
  test(`a pasted ${client} message from ${scenario} finds /codes/${code}/ in the top 3`, async ({ page }) => {
    const r = await search(page, measured(client, scenario));
    expect(rank(r, `/codes/${code}/`)).toBeGreaterThanOrEqual(0);
    expect(rank(r, `/codes/${code}/`)).toBeLessThan(3);
  });
}

test('a Chromium console line pasted with its own port and run id still finds /codes/1006/ in the top 3', async ({
  page,
}) => {
  const pasted = measured('chromium', 'handshake-403').replace('<port>', '8443').replace('<run>', 'q7w8e9r0');
  expect(pasted).not.toContain('<');
  const r = await search(page, pasted);
  expect(rank(r, '/codes/1006/')).toBeGreaterThanOrEqual(0);
  expect(rank(r, '/codes/1006/')).toBeLessThan(3);
});

for (const { query, code } of [
  { query: 'CloseGoingAway', code: 1001 },
  { query: 'EndpointUnavailable', code: 1001 },
  { query: 'websocket: close 1006 (abnormal closure): unexpected EOF', code: 1006 },
]) {
  test(`"${query}" (a name or message from a library's source) finds /codes/${code}/ in the top 3`, async ({
    page,
  }) => {
    const r = await search(page, query);
    expect(rank(r, `/codes/${code}/`)).toBeGreaterThanOrEqual(0);
    expect(rank(r, `/codes/${code}/`)).toBeLessThan(3);
  });
}
