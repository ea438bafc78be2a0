import { SITE_ORIGIN } from '../../src/routing/routes.ts';
import { test, expect } from './fixtures.ts';

test('/compare/?a=1000&b=4004 renders both codes from /codes.json, and is noindex', async ({ page }) => {
  await page.goto('/compare/?a=1000&b=4004');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1000 Normal Closure vs 4004');
  await expect(page.locator('.any-result')).toContainText('Discord Gateway');
  await expect(page.locator('.any-result table.facts')).toBeVisible();
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
});

test('a pair with a static page, in either order, ends on the canonical page', async ({ page }) => {
  await page.goto('/compare/?a=1015&b=1006');
  await expect(page).toHaveURL(/\/compare\/1006-vs-1015\/$/);
});

test('garbage parameters get a clear message and the picker', async ({ page }) => {
  for (const query of ['?a=abc&b=1006', '?a=1006&b=1006', '?a=1006']) {
    await page.goto(`/compare/${query}`);
    await expect(page.locator('.any-status')).toContainText('That is not a pair of codes');
    await expect(page.locator('form.picker')).toBeVisible();
  }
  await page.goto('/compare/?a=1000&b=4321');
  await expect(page.locator('.any-status')).toContainText('No page explains 4321');
});

test('the picker sends pairs without a static page to the in-browser comparison', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('First code').selectOption('1000');
  await page.getByLabel('Second code').selectOption('3003');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/\?a=1000&b=3003$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1000 Normal Closure vs 3003');
});

test('Copy link puts the canonical URL on the clipboard, and a heading anchor its section', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare/1006-vs-1015/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}/compare/1006-vs-1015/`);
  await page.locator('#key-differences a.anchor').click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${SITE_ORIGIN}/compare/1006-vs-1015/#key-differences`);
});
