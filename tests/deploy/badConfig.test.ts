/**
 * A setting the deployment cannot use stops it at start with one line naming it, before nginx or any instance
 * starts: a missing certificate, one nginx cannot load, a taken port, a bad instance setting; and an instance's
 * own bad TRUST_PROXY stops `npm start` the same way.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { oneLine, runUntilExit } from '../support/refusedStart.ts';
import { NGINX_MISSING, throwawayCertificate } from '../support/deployment.ts';
import { occupy } from '../support/ports.ts';
import { freePort } from '../../src/build/freePort.ts';

let dir: string;
let pems: { cert: string; key: string };
let httpsPort: number;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'wscc-deploy-bad-'));
  pems = await throwawayCertificate(dir);
  httpsPort = await freePort();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const deployEnv = () => ({
  PUBLIC_ORIGIN: `https://localhost:${httpsPort}`,
  DEPLOY_TLS_CERT: pems.cert,
  DEPLOY_TLS_KEY: pems.key,
  DEPLOY_LISTEN: '127.0.0.1',
  DEPLOY_HTTPS_PORT: String(httpsPort),
  DEPLOY_HTTP_PORT: 'off',
  DEPLOY_DIR: path.join(dir, 'nginx'),
});

test('a missing certificate stops deploy/start.ts with one line naming DEPLOY_TLS_CERT', async () => {
  const missing = path.join(dir, 'nope.pem');
  const line = oneLine(await runUntilExit('deploy/start.ts', { ...deployEnv(), DEPLOY_TLS_CERT: missing }));
  assert.equal(line, `deploy: DEPLOY_TLS_CERT: cannot read ${missing}`);
});

test('a certificate nginx cannot load stops it with one line from nginx', { skip: NGINX_MISSING }, async () => {
  const garbage = path.join(dir, 'garbage.pem');
  writeFileSync(garbage, 'not a certificate\n');
  const line = oneLine(await runUntilExit('deploy/start.ts', { ...deployEnv(), DEPLOY_TLS_CERT: garbage }));
  assert.match(line, new RegExp(`^deploy: nginx refused the configuration: .*${garbage.replaceAll('.', '\\.')}`));
});

test('a taken DEPLOY_HTTPS_PORT stops it with one line naming the port and the variable', async (t) => {
  const port = await occupy(t);
  const line = oneLine(await runUntilExit('deploy/start.ts', { ...deployEnv(), DEPLOY_HTTPS_PORT: String(port) }));
  assert.equal(line, `deploy: port ${port} is already in use; set DEPLOY_HTTPS_PORT to a free port`);
});

test('an instance setting out of range stops it with the line npm start would print', async () => {
  const line = oneLine(await runUntilExit('deploy/start.ts', { ...deployEnv(), DEMO_MAX_PER_IP: '0' }));
  assert.match(line, /^deploy: DEMO_MAX_PER_IP must be an integer from 1 to /);
});

test('an invalid TRUST_PROXY stops npm start with one line naming TRUST_PROXY', async () => {
  const line = oneLine(
    await runUntilExit('src/server/start.ts', { PORT: '0', DEMO_TLS_PORT: 'off', TRUST_PROXY: '10.0.0.0/33' }),
  );
  assert.match(line, /^npm start: TRUST_PROXY /);
});
