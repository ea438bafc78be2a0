import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { PAGE_KINDS } from '../../src/routing/pageKinds.ts';

/** The widths the layout is checked at: a small phone and a laptop. */
const WIDTHS = [360, 1280] as const;

for (const [kind, path] of Object.entries(PAGE_KINDS)) {
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${kind} (${path}) at ${width} px, ${scheme}: no horizontal overflow, no axe violations`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        // The in-browser comparison renders after load.
        if (kind === 'anyPair') await expect(page.locator('.any-result h1')).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal page overflow (px)').toBeLessThanOrEqual(0);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
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

for (const width of [1280, 360]) {
  test(`axe finds no violations in the open search dialog with results (${width} px wide)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/codes/1006/');
    // "Search Ctrl K" where the shortcut is shown, "Search" where it is not.
    await page.getByRole('button', { name: /^Search\b/ }).click();
    await page.getByRole('combobox', { name: 'Search close codes and comparisons' }).fill('timeout');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
