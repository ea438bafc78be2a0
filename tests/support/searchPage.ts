/** Searching the built site the way a reader does: open the dialog with Ctrl+K on a page and type. */
import { expect, type Page } from '@playwright/test';
import { t } from '../../src/i18n/locale.ts';
import { splitLocale } from '../../src/i18n/localePaths.ts';

/** Search from `start` (a page path, whose language the dialog speaks) for `query`; the result paths, best first. */
export async function searchFrom(page: Page, start: string, query: string): Promise<string[]> {
  await page.goto(start);
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: t('search.label', splitLocale(start).locale) });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(page.locator('#search-results a').first()).toBeVisible();
  return page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
