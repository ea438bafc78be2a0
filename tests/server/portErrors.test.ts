import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startAppServer } from '../../src/server/appServer.ts';
import { ConfigError, readConfig } from '../../src/server/config.ts';
import { ROOT } from '../support/content.ts';
import { DIST, requireBuild } from '../support/dist.ts';
import { occupy } from '../support/ports.ts';

const config = { ...readConfig({}), log: false };

test('the app server turns a port taken after the start-up check into the ConfigError naming PORT', async (t) => {
  requireBuild();
  const port = await occupy(t);
  await assert.rejects(
    startAppServer(DIST, { ...config, port, tlsPort: null }),
    (e: unknown) => e instanceof ConfigError && e.message.startsWith(`port ${port} is already in use; set PORT `),
  );
});

test('a taken TLS port is the ConfigError naming DEMO_TLS_PORT, and nothing is left listening', async (t) => {
  requireBuild();
  const tlsPort = await occupy(t);
  // In a child of its own: a site listener left open would keep it from exiting, which the timeout catches.
  const script = `
    import { startAppServer } from ${JSON.stringify(`${ROOT}src/server/appServer.ts`)};
    import { readConfig } from ${JSON.stringify(`${ROOT}src/server/config.ts`)};
    const config = { ...readConfig({}), log: false, port: 0, tlsPort: ${tlsPort} };
    await startAppServer(${JSON.stringify(DIST)}, config).catch((e) => console.log(e.constructor.name, e.message));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
  assert.equal(run.status, 0, `exited on its own (stderr: ${run.stderr})`);
  assert.match(run.stdout, new RegExp(`^ConfigError port ${tlsPort} \\(the demo's TLS listener\\) .*DEMO_TLS_PORT`));
});
