/** Where the "Try it" widget offers each scenario, read from the build. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Scenario } from '../../src/scenarios/catalog.ts';
import { t } from '../../src/i18n/locale.ts';
import { DIST, htmlFiles, page as builtPage, pathOf } from './dist.ts';
import { DEFAULT_LOCALE, splitLocale } from '../../src/i18n/localePaths.ts';

/** The selector of a scenario's button: custom scenarios are buttons of the custom form. */
export const buttonOf = (s: Pick<Scenario, 'id' | 'custom'>): string =>
  s.custom ? `button[data-custom="${s.id}"]` : `button[data-scenario="${s.id}"]`;

let html: Map<string, string> | undefined;

/** The path of the first English page that has the scenario's button (the assertions read English UI strings). */
export function pageOf(s: Pick<Scenario, 'id' | 'custom'>): string {
  html ??= new Map(
    htmlFiles()
      .filter((f) => splitLocale(pathOf(f)).locale === DEFAULT_LOCALE)
      .map((f) => [f, readFileSync(`${DIST}${f}`, 'utf8')]),
  );
  const file = [...html].find(
    ([f, text]) => text.includes(`"${s.id}"`) && builtPage(f).querySelector(buttonOf(s)),
  )?.[0];
  if (!file) throw new Error(`no built page has the button for ${s.id}`);
  return pathOf(file);
}

/** What one run through the widget showed. */
export interface WidgetRun {
  /** The run id the page's socket carried (`?run=`), read from the socket URLs the page opened. */
  runId: string | null;
  /** Whether the result shows the server's record. */
  recordShown: boolean;
  /** The result card's text. */
  text: string;
}

/**
 * Click the scenario's button on `page` (already on a page that has it, with `sockets` collecting the URLs of
 * the WebSockets it opens) and wait for its result card.
 */
export async function clickScenario(
  page: Page,
  s: Pick<Scenario, 'id' | 'custom'>,
  sockets: string[],
): Promise<WidgetRun> {
  const cards = await page.locator('.tryit-run').count();
  const opened = sockets.length;
  await page.locator(buttonOf(s)).click();
  await page.waitForFunction((n) => document.querySelectorAll('.tryit-run').length > n, cards, { timeout: 20_000 });
  const text = await page.locator('.tryit-run').first().innerText();
  const url = sockets.slice(opened).find((u) => u.includes(`/demo/ws/${s.id}?`));
  return {
    runId: url ? new URL(url).searchParams.get('run') : null,
    recordShown: !text.includes(t('tryit.noRecord')),
    text,
  };
}
