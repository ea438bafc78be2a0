/**
 * The production topology, as the README starts it: nginx in front over HTTPS, two demo instances behind. Chromium
 * runs the widget 40 times through nginx; every run's record is found, the runs are spread over both instances,
 * and each run's socket and record reached the same one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublishedScenario } from '../../src/scenarios/published.ts';
import { hasServerRecord } from '../../src/scenarios/runScenario.ts';
import { requireBuild } from '../support/dist.ts';
import { BROWSER_MISSING, launchChromium, request, startDeployment, type Deployment } from '../support/deployment.ts';
import { clickScenario, pageOf, type WidgetRun } from '../support/widgetPages.ts';

const RUNS = 40;
let deployment: Deployment;

before(async () => {
  if (BROWSER_MISSING) return;
  requireBuild();
  deployment = await startDeployment(2);
});
after(() => deployment?.stop());

test(
  `the widget through nginx: ${RUNS} runs, every record found, spread over both instances, each run on one`,
  {
    skip: BROWSER_MISSING,
    timeout: 150_000,
  },
  async (t) => {
    const { origin, certFile } = deployment;
    const catalog = JSON.parse(
      (await request(`${origin}/demo/scenarios.json`, { ca: certFile })).body,
    ) as PublishedScenario[];
    assert.ok(catalog.length >= 30, `the catalog through nginx has ${catalog.length} scenarios`);
    const { browser, context } = await launchChromium();
    t.after(() => browser.close());
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));

    const started = performance.now();
    const runs: (WidgetRun & { scenario: PublishedScenario })[] = [];
    let current = '';
    for (let i = 0; i < RUNS; i++) {
      const s = catalog[i % catalog.length]!;
      const path = pageOf(s);
      if (path !== current) await page.goto(`${origin}${(current = path)}`);
      runs.push({ scenario: s, ...(await clickScenario(page, s, sockets)) });
    }
    const seconds = (performance.now() - started) / 1000;

    const recorded = runs.filter((r) => hasServerRecord(r.scenario));
    assert.deepEqual(
      recorded.filter((r) => !r.recordShown || !r.runId).map((r) => r.scenario.id),
      [],
      'runs whose record the widget did not find',
    );

    // nginx's log names the instance of every request; the instances' own logs name the runs they served.
    const access = deployment.accessLog();
    const served = new Map<string, string>();
    for (const entry of deployment.instanceLog())
      if (typeof entry['run'] === 'string' && (entry['event'] === 'connect' || entry['event'] === 'reject'))
        served.set(entry['run'], entry.instance);
    const perInstance = new Map<string, number>();
    for (const run of recorded) {
      const id = run.runId!;
      // The frame page of client-navigate-away carries ?run= too, but it is a page of the site, not the demo's.
      const entries = access.filter((e) => e.run === id && /^\/demo\/(ws|runs)\//.test(e.uri));
      const socket = entries.filter((e) => e.uri.startsWith('/demo/ws/'));
      const records = entries.filter((e) => e.uri.startsWith('/demo/runs/') && e.status === 200);
      assert.ok(
        socket.length >= 1 && records.length >= 1,
        `${run.scenario.id} (${id}): socket and record in nginx's log`,
      );
      const upstreams = new Set(entries.map((e) => e.upstream));
      assert.equal(upstreams.size, 1, `${run.scenario.id} (${id}): one instance, got ${[...upstreams].join(' | ')}`);
      const [upstream] = upstreams;
      assert.equal(served.get(id), upstream, `${run.scenario.id} (${id}): the instance that logged the run served it`);
      perInstance.set(upstream!, (perInstance.get(upstream!) ?? 0) + 1);
    }
    const split = [...perInstance].map(([name, n]) => `${name}: ${n}`).join(', ');
    t.diagnostic(
      `${runs.length} widget runs (${catalog.length} scenarios, cycled) in ${seconds.toFixed(1)} s ` +
        `(${((seconds * 1000) / runs.length).toFixed(0)} ms per run, page loads included); ` +
        `${recorded.length} with a server record, per instance: ${split}`,
    );
    assert.equal(perInstance.size, 2, `runs on both instances (${split})`);
  },
);
