import { test, expect } from './fixtures.ts';
import { readObservations } from '../../src/model/readContent.ts';

/** Decode `line` on /decode/ and return what the result says, and the code it names. */
async function decodeOnPage(page: import('@playwright/test').Page, line: string) {
  await page.getByLabel('Log line').fill(line);
  await page.getByRole('button', { name: 'Decode' }).click();
  const result = page.locator('.decode-result');
  await expect(result).not.toBeEmpty();
  return { text: (await result.textContent()) ?? '', code: await result.getAttribute('data-code') };
}

test('measured lines from three runtimes decode to their code, stack and scenario, with a link to the code page', async ({
  page,
}) => {
  await page.goto('/decode/');
  const files = readObservations();
  const lineOf = (client: string, scenario: string) =>
    files
      .find((f) => f.client.id === client)!
      .results.find((r) => r.scenario === scenario)!
      .outcomes[0]!.messages.find((m) => m.text)!.text;
  for (const { client, scenario, code, stack } of [
    { client: 'go-gorilla', scenario: 'server-drop-tcp', code: '1006', stack: 'gorilla/websocket' },
    { client: 'python-websockets', scenario: 'handshake-403', code: '1006', stack: 'Python websockets' },
    { client: 'go-gorilla', scenario: 'server-close-1008', code: '1008', stack: 'gorilla/websocket' },
  ]) {
    const { text, code: shown } = await decodeOnPage(page, lineOf(client, scenario));
    expect(shown, lineOf(client, scenario)).toBe(code);
    expect(text).toContain(stack);
    await expect(page.locator('.decode-result a', { hasText: `Open ${code}` })).toHaveAttribute(
      'href',
      `/codes/${code}/`,
    );
  }
});

test('a line the decoder does not know says "No match", with the closest known lines, and never errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/decode/');
  for (const line of ['', 'nginx: upstream timed out while reading', '\u0000\uffff((((', 'x'.repeat(5000)]) {
    const { text, code } = await decodeOnPage(page, line);
    expect(text).toContain('No match.');
    expect(code).toBe('');
  }
  const { text } = await decodeOnPage(page, 'websocket closed abnormal closure EOF somewhere');
  expect(text).toContain('Closest known lines');
  expect(errors).toEqual([]);
});
