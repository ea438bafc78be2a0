import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

test('the matrix filters by client and by "differs from the specs"', async ({ page }) => {
  await page.goto('/clients/');
  const firefoxCells = page.locator('#lab-matrix [data-client="firefox"]');
  await expect(firefoxCells.first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Firefox ESR' }).uncheck();
  await expect(firefoxCells.first()).toBeHidden();
  const rows = page.locator('#lab-matrix tbody tr');
  const all = await rows.count();
  await page.getByRole('checkbox', { name: /Only scenarios where a client differs/ }).check();
  const visible = page.locator('#lab-matrix tbody tr:visible');
  await expect(visible.first()).toBeVisible();
  const shown = await visible.count();
  expect(shown).toBeLessThan(all);
  expect(await page.locator('#lab-matrix tbody tr:visible[data-differs]').count()).toBe(shown);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /clients/ (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/clients/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
