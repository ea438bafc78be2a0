import { test, expect } from './fixtures.ts';
import { loadCodes } from '../support/content.ts';

test('home → code page → comparison, by clicking', async ({ page }) => {
  await page.goto('/');
  // One row per code with its own content entry.
  await expect(page.locator('#code-table tbody tr')).toHaveCount(loadCodes().length);
  await page.getByRole('link', { name: '1006', exact: true }).click();
  await expect(page).toHaveURL(/\/codes\/1006\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1006 Abnormal Closure');
  await page.locator('.compare-all').getByRole('link', { name: '1015', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/1006-vs-1015\/$/);
  await expect(page.locator('#key-differences + ol > li')).not.toHaveCount(0);
});

test('the home filter narrows the table as you type', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Filter codes').fill('1009');
  await expect(page.locator('#code-table tbody tr:visible')).toHaveCount(1);
  await page.getByLabel('Filter codes').fill('zzzz-nothing');
  await expect(page.locator('#code-table tbody tr:visible')).toHaveCount(0);
  await expect(page.locator('#code-filter-status')).toHaveText('No code matches that filter.');
});

test('the picker goes to the canonical comparison whatever the order', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('First code').selectOption('1015');
  await page.getByLabel('Second code').selectOption('1006');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/1006-vs-1015\/$/);
});

test('a reversed comparison URL lands on the canonical page', async ({ page }) => {
  await page.goto('/compare/1011-vs-1001/');
  await expect(page).toHaveURL(/\/compare\/1001-vs-1011\/$/);
});

test.describe('not found', () => {
  // The browser itself logs the 404 status of the document.
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('an unknown code gets the 404 page with status 404', async ({ page }) => {
    const res = await page.goto('/codes/9999/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('no script is fetched on load', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  for (const path of ['/', '/codes/1006/', '/compare/1006-vs-1015/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(scripts).toEqual([]);
});

test('the theme switch cycles system, light and dark, says which it is in, and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/codes/1000/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const stored = () => page.evaluate(() => [document.documentElement.dataset['theme'], localStorage['theme']]);
  const toggle = page.locator('[data-theme-toggle]');
  const systemDark = await bg();
  await expect(toggle).toHaveAccessibleName('Colour theme: follows the system');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Colour theme: light');
  expect(await stored()).toEqual(['light', 'light']);
  const light = await bg();
  expect(light).not.toBe(systemDark);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Colour theme: dark');
  expect(await bg()).toBe(systemDark);
  await page.reload();
  expect(await stored()).toEqual(['dark', 'dark']);
  await expect(toggle).toHaveAccessibleName('Colour theme: dark');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Colour theme: follows the system');
  expect(await stored()).toEqual(['', '']);
  // Following the system again: a light system gives the light page.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bg()).toBe(light);
});

test('print hides the chrome and keeps the content', async ({ page }) => {
  await page.goto('/compare/1006-vs-1015/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('copy buttons put the sample on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/codes/1006/');
  const first = page.locator('figure.sample').first();
  await first.getByRole('button', { name: 'Copy' }).click();
  await expect(first.getByRole('button', { name: 'Copied' })).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip.trim()).toBe((await first.locator('pre').innerText()).trim());
});
