/** Chromium from Debian's `chromium` package, driven by Playwright. */
import { chromium } from '@playwright/test';
import { hostPlatform, type LabClient } from '../labClient.ts';
import { probeScript } from '../probeBundle.ts';
import { pageDriver, runInPage } from './browserPage.ts';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './systemChromium.ts';

export const chromiumClient: LabClient = {
  id: 'chromium',
  missing: () => (SYSTEM_CHROMIUM ? undefined : '/usr/bin/chromium not found (Debian package chromium)'),
  supports: () => true,
  async open(env) {
    const probe = await probeScript();
    const browser = await chromium.launch({
      executablePath: SYSTEM_CHROMIUM!,
      args: CHROMIUM_ARGS,
      env,
    });
    const page = await browser.newPage();
    return {
      identity: {
        id: 'chromium',
        name: 'Chromium',
        version: browser.version(),
        platform: hostPlatform(),
        driven:
          "Debian's Chromium, headless, driven by Playwright; the lab page runs each scenario with the page's own WebSocket. Console lines come from Playwright's console and pageerror events.",
      },
      run: runInPage(
        pageDriver(page, (log) => {
          page.on('console', (message) => log(message.text()));
          page.on('pageerror', (error) => log(`${error.name}: ${error.message}`));
        }),
        probe,
      ),
      close: () => browser.close(),
    };
  },
};
