/** Chromium from Debian's `chromium` package, driven by Playwright. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { hostPlatform, type LabClient } from '../labClient.ts';
import { probeScript } from '../probeBundle.ts';
import { runInPage } from './browserPage.ts';

const BINARY = '/usr/bin/chromium';

export const chromiumClient: LabClient = {
  id: 'chromium',
  missing: () => (existsSync(BINARY) ? undefined : `${BINARY} not found (Debian package chromium)`),
  supports: () => true,
  async open() {
    const probe = await probeScript();
    const browser = await chromium.launch({
      executablePath: BINARY,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage();
    return {
      identity: { id: 'chromium', name: 'Chromium', version: browser.version(), platform: hostPlatform() },
      run: runInPage(
        {
          goto: (url) => page.goto(url),
          inject: (script) => page.evaluate(script),
          evaluate: (expression) => page.evaluate(expression),
        },
        probe,
      ),
      close: () => browser.close(),
    };
  },
};
