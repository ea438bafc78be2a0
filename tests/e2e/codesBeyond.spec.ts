import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function results(page: Page, query: string): Promise<string[]> {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.locator('#search-input').fill(query);
  await expect(page.locator('#search-results a').first()).toBeVisible();
  return page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const near = (r: string[], paths: string[], within: number) =>
  paths.some((p) => r.indexOf(p) >= 0 && r.indexOf(p) < within);

test('"4004 discord" finds Discord\u2019s 4004 near the top', async ({ page }) => {
  expect(near(await results(page, '4004 discord'), ['/codes/4004/', '/protocols/discord-gateway/'], 3)).toBe(true);
});

test('"4408" goes to the 4408 page first', async ({ page }) => {
  expect((await results(page, '4408'))[0]).toBe('/codes/4408/');
});

test('"unauthorized" finds 3000 Unauthorized near the top', async ({ page }) => {
  expect(near(await results(page, 'unauthorized'), ['/codes/3000/'], 3)).toBe(true);
});

test('"private use" finds the 4000–4999 range', async ({ page }) => {
  expect(near(await results(page, 'private use'), ['/ranges/4000-4999/'], 3)).toBe(true);
});

test('a bare number without a page leads to its range, from search and from the home filter', async ({ page }) => {
  expect((await results(page, '4321'))[0]).toBe('/ranges/4000-4999/');
  await page.goto('/');
  await page.getByLabel('Filter codes').fill('4321');
  await page.locator('#code-filter-status a').click();
  await expect(page).toHaveURL(/\/ranges\/4000-4999\/$/);
});

test.describe('not found', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('the 404 page for a code without a page explains its range', async ({ page }) => {
    const res = await page.goto('/codes/4321/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('#code-hint')).toContainText('4321 has no page of its own');
    await page.locator('#code-hint p a').click();
    await expect(page).toHaveURL(/\/ranges\/4000-4999\/$/);
  });
});
