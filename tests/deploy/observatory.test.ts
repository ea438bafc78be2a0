/**
 * The MDN HTTP Observatory scores the site as nginx serves it at 100 or more. It scans the local nginx origin only
 * (tests/support/observatory.ts says how); the score and every test with its points are printed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { requireBuild } from '../support/dist.ts';
import { NGINX_MISSING, startDeployment, trustCertificate, type Deployment } from '../support/deployment.ts';
import { observatoryScan } from '../support/observatory.ts';

let deployment: Deployment;

before(async () => {
  if (NGINX_MISSING) return;
  requireBuild();
  deployment = await startDeployment(1, { DEMO_LOG: '0' });
  trustCertificate(deployment.certFile);
});
after(() => deployment?.stop());

test(
  'the MDN HTTP Observatory scores the site behind nginx at 100 or more',
  { skip: NGINX_MISSING, timeout: 60_000 },
  async (t) => {
    const { scan, tests } = await observatoryScan(new URL(deployment.origin).host);
    t.diagnostic(
      `Observatory: score ${scan.score}, grade ${scan.grade}, ${scan.testsPassed}/${scan.testsQuantity} tests passed`,
    );
    for (const [name, result] of Object.entries(tests))
      t.diagnostic(
        `  ${String(result.scoreModifier ?? 0).padStart(3)}  ${name}: ${result.result}${result.pass ? '' : ' (failed)'}`,
      );
    const deductions = Object.entries(tests).filter(([, r]) => (r.scoreModifier ?? 0) < 0);
    t.diagnostic(
      deductions.length
        ? `deductions: ${deductions.map(([n, r]) => `${n} ${r.scoreModifier}`).join(', ')}`
        : 'no deductions',
    );
    assert.ok(scan.score >= 100, `score ${scan.score}`);
    assert.deepEqual(deductions, [], 'no test takes points off');
  },
);
