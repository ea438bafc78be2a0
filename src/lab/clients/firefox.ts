/** Firefox ESR from Debian's `firefox-esr` package, driven by puppeteer-core over WebDriver BiDi. */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { hostPlatform, type LabClient } from '../labClient.ts';
import { probeScript } from '../probeBundle.ts';
import { pageDriver, runInPage } from './browserPage.ts';

const BINARY = '/usr/bin/firefox-esr';

export const firefoxClient: LabClient = {
  id: 'firefox',
  missing: () => (existsSync(BINARY) ? undefined : `${BINARY} not found (Debian package firefox-esr)`),
  supports: () => true,
  async open(env) {
    const probe = await probeScript();
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: BINARY, headless: true, env });
    const page = await browser.newPage();
    const version = (await browser.version()).replace(/^firefox\//i, '');
    return {
      identity: {
        id: 'firefox',
        name: 'Firefox ESR',
        version,
        platform: hostPlatform(),
        driven:
          "Debian's Firefox ESR, headless, driven by Puppeteer over WebDriver BiDi; the lab page runs each scenario with the page's own WebSocket. Console lines come from Puppeteer's console and pageerror events (Firefox's WebSocket errors arrive as page errors).",
      },
      run: runInPage(
        pageDriver(page, (log) => {
          page.on('console', (message) => log(message.text()));
          // Over WebDriver BiDi, Puppeteer reports Firefox's WebSocket errors as page errors, not console messages.
          page.on('pageerror', (error) =>
            log(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
          );
        }),
        probe,
      ),
      close: () => browser.close(),
    };
  },
};
