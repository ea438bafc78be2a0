import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { SCENARIOS, type Scenario } from '../../src/scenarios/catalog.ts';
import { buttonOf, pageOf } from '../support/widgetPages.ts';

async function runInWidget(page: Page, s: Scenario): Promise<string> {
  await page.goto(pageOf(s));
  const button = page.locator(buttonOf(s));
  await button.click();
  const status = page.locator('.tryit-status');
  await expect(status).toContainText(`${s.title}: page saw`, { timeout: 15_000 });
  return (await status.textContent()) ?? '';
}

// Browsers log refused handshakes, TLS failures and protocol errors: those are the scenarios.
test.use({ expectedConsoleErrors: [/WebSocket connection to .* failed/] });

test.describe('every scenario through the widget', () => {
  for (const s of SCENARIOS) {
    test(`${s.id}: the page shows what its WebSocket reported and the server's record`, async ({ page }) => {
      const status = await runInWidget(page, s);
      const run = page.locator('.tryit-run').first();
      // The card says what the scenario does (the list shows only titles); backticks render as code.
      await expect(run.locator('.tryit-what')).toHaveText(s.description.replace(/`/g, ''));
      const { code, wasClean } = s.expected;
      if (s.transport === 'frame') {
        // The socket lived in the iframe; the server's record is what there is to show.
        expect(status).toContain(`server received ${s.expected.serverReceives}`);
        await expect(run).toContainText(`Close ${s.expected.serverReceives}`);
        return;
      }
      const expectedCode = code === 'requested' ? 4000 : code;
      if (expectedCode !== null) expect(status).toContain(`page saw close ${expectedCode}, wasClean ${wasClean}`);
      else {
        expect(status).toMatch(/page saw close \d{4}, wasClean (true|false)/);
        await expect(run.locator('.verdict')).toHaveText('the specs leave this open');
      }
      if (s.transport === 'tls') await expect(run).toContainText('kept no record');
      else await expect(run).toContainText('What crossed the wire');
      if (s.expected.serverReceives !== undefined) {
        const wanted = s.expected.serverReceives === 'requested' ? 4000 : s.expected.serverReceives;
        expect(status).toContain(`server received ${wanted}`);
      }
    });
  }
});

test('compare pages run both codes side by side', async ({ page }) => {
  await page.goto('/compare/1005-vs-1006/');
  const widget = page.locator('.tryit');
  await expect(widget.locator('h3', { hasText: '1005' })).toBeVisible();
  await expect(widget.locator('h3', { hasText: '1006' })).toBeVisible();
  const buttons = await widget.locator('button[data-scenario]').count();
  await widget.getByRole('button', { name: 'Run both' }).click();
  await expect(widget.locator('.tryit-run')).toHaveCount(buttons, { timeout: 60_000 });
});

test('a reason from the network is shown as text, never as HTML', async ({ page }) => {
  await page.goto('/');
  const form = page.locator('.tryit-custom');
  await form.getByLabel('Close code (3000–4999)').fill('4321');
  await form.getByLabel('Reason (up to 123 bytes)').fill('<img src=x onerror=alert(1)>');
  await form.getByRole('button', { name: 'Server closes with it' }).click();
  const run = page.locator('.tryit-run').first();
  await expect(run).toContainText('reason "<img src=x onerror=alert(1)>"');
  await expect(run.locator('img')).toHaveCount(0);
});

test('a long payload wraps inside the result card on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  const form = page.locator('.tryit-custom');
  await form.getByLabel('Close code (3000–4999)').fill('4000');
  await form.getByLabel('Reason (up to 123 bytes)').fill('x'.repeat(120));
  await form.getByRole('button', { name: 'Server closes with it' }).click();
  const run = page.locator('.tryit-run').first();
  await expect(run).toContainText('7878787878');
  const overflow = await run.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'the card scrolls sideways (px)').toBeLessThanOrEqual(0);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});

test('the custom form refuses codes outside 3000–4999', async ({ page }) => {
  await page.goto('/');
  const form = page.locator('.tryit-custom');
  await form.getByLabel('Close code (3000–4999)').fill('1006');
  await form.getByRole('button', { name: 'Page closes with it' }).click();
  await expect(page.locator('.tryit-status')).toHaveText(/3000 to 4999/);
  await expect(page.locator('.tryit-run')).toHaveCount(0);
});

test('the widget works from the keyboard and announces results in a live region', async ({ page }) => {
  await page.goto('/codes/1000/');
  const button = page.locator('button[data-scenario="server-close-1000"]');
  await button.focus();
  await page.keyboard.press('Enter');
  const status = page.locator('.tryit-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('page saw close 1000');
});

test('the widget loads only when it becomes visible', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_astro/tryIt.')) loaded.push(r.url());
  });
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto('/codes/1006/', { waitUntil: 'networkidle' });
  expect(loaded).toEqual([]);
  await page.locator('#try-it').scrollIntoViewIfNeeded();
  await expect.poll(() => loaded.length).toBe(1);
});

test.describe('without a demo server', () => {
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    // The same built site, served as any static host would, with no demo behind it.
    server = createServer(sirv('dist'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(
    () =>
      new Promise<void>((resolve) => {
        // The browser keeps connections alive; close them, or close() waits for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('the widget says plainly that no demo server answered, and how to run one', async ({ page }) => {
    await page.goto(`${origin}/codes/1006/`, { waitUntil: 'domcontentloaded' });
    // The widget asks for the demo's catalog as soon as it is visible (or on a first click, whichever comes first);
    // scrolling it into view triggers that without racing a click against the buttons being disabled.
    await page.locator('#try-it').scrollIntoViewIfNeeded();
    await expect(page.locator('.tryit-status')).toContainText('No demo server answered');
    await expect(page.locator('button[data-scenario="server-drop-tcp"]')).toBeDisabled();
    await expect(page.locator('.tryit-status')).toContainText('npm ci && npm start');
  });
});
