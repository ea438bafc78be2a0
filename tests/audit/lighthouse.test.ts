/**
 * Lighthouse through the real server and the system Chromium: accessibility,
 * best practices and SEO at 100 on every audited page in both form factors.
 * Performance varies between runs and machines: `npm run audit:lighthouse`
 * prints it, nothing asserts it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditPage, auditRuns, CATEGORIES } from '../../src/audit/lighthouse.ts';
import { failureDetails } from '../../src/audit/lighthouseReport.ts';
import { startServer, type RunningServer } from '../support/startServer.ts';

// Every category but performance: those three come out the same on every run.
const ASSERTED = CATEGORIES.filter((category) => category !== 'performance');
// One run takes about 10 s on an idle 2-core machine; the bound leaves room for a loaded one.
const RUN_TIMEOUT_MS = 90_000;

let server: RunningServer;
before(async () => {
  server = await startServer({ DEMO_LOG: '0' });
});
after(() => server.stop());

for (const { path, formFactor } of auditRuns()) {
  test(
    `${path} (${formFactor}): accessibility, best practices and SEO at 100`,
    { timeout: RUN_TIMEOUT_MS },
    async (t) => {
      // A server that died would fail every later run with Chrome's error page: say so instead.
      assert.deepEqual([server.child.exitCode, server.child.signalCode], [null, null], 'the server is still running');
      const run = await auditPage(server.origin, path, formFactor, { signal: t.signal });
      assert.deepEqual(
        Object.fromEntries(ASSERTED.map((category) => [category, run.scores[category]])),
        Object.fromEntries(ASSERTED.map((category) => [category, 100])),
        failureDetails([run], ASSERTED),
      );
    },
  );
}
