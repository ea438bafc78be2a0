import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

for (const path of [
  '/',
  '/codes/1006/',
  '/compare/1006-vs-1015/',
  '/compare/',
  '/404.html',
  '/clients/',
  '/clients/go-gorilla/',
  '/stacks/',
  '/stacks/gorilla-websocket/',
  '/decode/',
  '/reconnect/',
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}

test('keyboard only: skip link, then tab to the first code link and follow it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  // From main, Tab reaches the filter, then the first code in the table.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Filter codes')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '1000', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/codes\/1000\/$/);
});
