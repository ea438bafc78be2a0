import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../support/startServer.ts';
import { connect } from '../support/appServer.ts';
import { ROOT } from '../support/content.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';

/** A scratch project with this one's code and packages but no dist/ and nothing a build needs (no content/, no config). */
function codeOnlyProject(t: { after(fn: () => void): void }): string {
  const root = `${mkdtempSync(path.join(tmpdir(), 'wscc-demo-only-'))}/`;
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(`${ROOT}src`, `${root}src`, { recursive: true });
  copyFileSync(`${ROOT}package.json`, `${root}package.json`);
  symlinkSync(`${ROOT}node_modules`, `${root}node_modules`);
  return root;
}

test('DEMO_ONLY=1 starts without dist/ or a build, serves the demo and /healthz, and answers 404 JSON elsewhere', async (t) => {
  const root = codeOnlyProject(t);
  const server = await startServer({ DEMO_ONLY: '1', DEMO_LOG: '0' }, root);
  t.after(() => server.stop());
  assert.equal(existsSync(`${root}dist`), false, 'no build ran');

  const catalog = await fetch(`${server.origin}/demo/scenarios.json`);
  assert.equal(catalog.status, 200);
  assert.ok(((await catalog.json()) as unknown[]).length > 10);
  assert.match(catalog.headers.get('content-security-policy') ?? '', /^default-src 'none'/);
  const health = await fetch(`${server.origin}/healthz`);
  assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
  const run = await connect(`${server.origin.replace('http', 'ws')}/demo/ws/server-close-1000?run=${makeRunId()}`);
  assert.equal(run.close?.code, 1000, 'demo sockets work');

  for (const pathname of ['/', '/codes/1006/', '/demo/lab/', '/codes.json']) {
    const res = await fetch(`${server.origin}${pathname}`);
    assert.equal(res.status, 404, pathname);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/, pathname);
    assert.equal(((await res.json()) as { error: string }).error, 'not-found', pathname);
  }
});
