/**
 * The site on a static host and the demo elsewhere, as the README's "Static hosting" says: a demo-only instance
 * on one origin, the site built with PUBLIC_DEMO_ORIGIN naming it (into a folder of its own; dist/ is left
 * alone) and served by a plain static server from another origin, which the instance lists. The widget works
 * there; from a third, unlisted origin the browser gets no CORS grant and the demo refuses the socket.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import WebSocket from 'ws';
import { SCENARIOS } from '../../src/scenarios/catalog.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';
import { freePort } from '../../src/build/freePort.ts';
import { t as ui } from '../../src/i18n/locale.ts';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { requireBuild } from '../support/dist.ts';
import { ROOT } from '../support/content.ts';
import { CHROMIUM_MISSING, launchChromium, request } from '../support/deployment.ts';
import { clickScenario, pageOf } from '../support/widgetPages.ts';

let demo: RunningServer;
const statics: Server[] = [];
let site = '';
let unlisted = '';
let built = '';

/** A plain static server over `dir` on `port`; its origin. */
async function staticHost(dir: string, port: number): Promise<string> {
  const server = createServer(sirv(dir, { dev: true }));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  statics.push(server);
  return `http://127.0.0.1:${port}`;
}

before(async () => {
  if (CHROMIUM_MISSING) return;
  requireBuild();
  // The demo lists the site's origin, and the build names the demo's: the site's port is chosen first.
  const sitePort = await freePort();
  demo = await startServer({
    DEMO_ONLY: '1',
    DEMO_TLS_PORT: 'off',
    DEMO_ALLOWED_ORIGINS: `http://127.0.0.1:${sitePort}`,
    DEMO_LOG: '0',
  });
  built = mkdtempSync(path.join(tmpdir(), 'wscc-static-'));
  const build = spawnSync(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build', '--outDir', built], {
    cwd: ROOT,
    env: { ...process.env, PUBLIC_DEMO_ORIGIN: demo.origin },
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `astro build with PUBLIC_DEMO_ORIGIN:\n${build.stdout}\n${build.stderr}`);
  site = await staticHost(built, sitePort);
  unlisted = await staticHost(built, await freePort());
});
after(async () => {
  await demo?.stop();
  for (const s of statics) s.close();
  if (built) rmSync(built, { recursive: true, force: true });
});

const SAME_ORIGIN_SCENARIOS = ['server-close-1000', 'client-close-1000', 'server-close-1011'];

test(
  'the widget on the static site runs scenarios on the demo\u2019s origin',
  { skip: CHROMIUM_MISSING, timeout: 60_000 },
  async (t) => {
    const { browser, context } = await launchChromium();
    t.after(() => browser.close());
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    for (const id of SAME_ORIGIN_SCENARIOS) {
      const s = SCENARIOS.find((x) => x.id === id)!;
      await page.goto(`${site}${pageOf(s)}`);
      const run = await clickScenario(page, s, sockets);
      assert.ok(run.runId, `${id}: a socket to the demo`);
      assert.ok(sockets.at(-1)!.startsWith(demo.origin.replace('http:', 'ws:')), `${id}: the socket went to the demo`);
      assert.ok(run.recordShown, `${id}: the record, fetched across origins`);
    }
  },
);

test(
  'from an unlisted origin: no CORS grant, so the widget finds no demo; and the socket is refused',
  { skip: CHROMIUM_MISSING, timeout: 60_000 },
  async (t) => {
    const { browser, context } = await launchChromium();
    t.after(() => browser.close());
    const page = await context.newPage();
    const s = SCENARIOS.find((x) => x.id === 'server-close-1000')!;
    await page.goto(`${unlisted}${pageOf(s)}`);
    await page.locator(`button[data-scenario="${s.id}"]`).click();
    const noServer = ui('tryit.noServer').slice(0, ui('tryit.noServer').indexOf('{'));
    await page.waitForFunction(
      (text) => document.querySelector('.tryit-status')?.textContent?.includes(text),
      noServer,
    );
    // The page's own socket to the demo, bypassing the widget.
    const close = await page.evaluate(
      (url) =>
        new Promise<number>((resolve) => {
          const ws = new WebSocket(url);
          ws.onclose = (e) => resolve(e.code);
        }),
      `${demo.origin.replace('http:', 'ws:')}/demo/ws/server-close-1000?run=${makeRunId()}`,
    );
    assert.equal(close, 1006, 'the handshake was refused');
  },
);

test(
  'the demo answers CORS for the listed origin only, and checks Origin on sockets',
  { skip: CHROMIUM_MISSING },
  async () => {
    const listed = await request(`${demo.origin}/demo/scenarios.json`, { headers: { Origin: site } });
    assert.equal(listed.headers['access-control-allow-origin'], site);
    assert.match(String(listed.headers['vary']), /Origin/);
    const other = await request(`${demo.origin}/demo/scenarios.json`, { headers: { Origin: unlisted } });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const preflight = await request(`${demo.origin}/demo/scenarios.json`, {
      method: 'OPTIONS',
      headers: { Origin: site, 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204);
    for (const [origin, expected] of [
      [site, 101],
      [unlisted, 403],
    ] as const) {
      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${demo.origin.replace('http:', 'ws:')}/demo/ws/echo?run=${makeRunId()}`, { origin });
        ws.once('open', () => (ws.terminate(), resolve(101)));
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => undefined);
      });
      assert.equal(status, expected, `a socket from ${origin}`);
    }
  },
);
