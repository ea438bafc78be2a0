import { test as base, expect } from '@playwright/test';

/**
 * Every test fails if the page logs a console error or throws, except for
 * errors a test declares it expects (`test.use({ expectedConsoleErrors: [...] })`).
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(
        errors.filter((e) => !expectedConsoleErrors.some((re) => re.test(e))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
