import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ConfigError, readConfig } from '../../src/server/config.ts';
import { ROOT } from '../support/content.ts';

/** Settings `npm start` must refuse: each would silently weaken the server or make no sense. */
const BAD: [string, string][] = [
  ['HEADERS_TIMEOUT_MS', '0'],
  ['HEADERS_TIMEOUT_MS', '-5'],
  ['HEADERS_TIMEOUT_MS', 'ten'],
  ['DEMO_IDLE_MS', '0'],
  ['PORT', 'abc'],
  ['PORT', '70000'],
  ['DEMO_TLS_PORT', 'no'],
  ['DEMO_MAX_PER_IP', '0'],
  ['DEMO_MAX_RUNS_PER_MINUTE', '1.5'],
  ['DEMO_LOG', 'yes'],
  ['PUBLIC_ORIGIN', 'example.com'],
  ['PUBLIC_ORIGIN', 'https://example.com/path'],
  ['TRUST_PROXY', 'abc'],
  ['TRUST_PROXY', '10.0.0.0/99'],
  ['TRUST_PROXY', '::1/129'],
  ['TRUST_PROXY', '-1'],
  ['TRUST_PROXY', '101'],
  ['TRUST_PROXY', '127.0.0.1/32,localhost'],
  ['TRUST_PROXY', ','],
  ['DEMO_ONLY', 'true'],
];

for (const [name, value] of BAD) {
  test(`${name}=${value} stops npm start with one line naming ${name}`, () => {
    assert.throws(
      () => readConfig({ [name]: value }),
      (e: unknown) => e instanceof ConfigError && e.message.startsWith(name),
    );
  });
}

test('a bad setting stops the real start script before it listens, with exit code 1 and one line', () => {
  const run = spawnSync(process.execPath, [`${ROOT}src/server/start.ts`], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HEADERS_TIMEOUT_MS: '0' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, /^npm start: HEADERS_TIMEOUT_MS must be an integer from 100 to 600000, got "0"$/);
  assert.equal(run.stdout.includes('Serving'), false);
});

for (const value of ['abc', '10.0.0.0/99', '-1']) {
  test(`TRUST_PROXY=${value} stops the real start script with exit code 1 and one line naming TRUST_PROXY`, () => {
    const run = spawnSync(process.execPath, [`${ROOT}src/server/start.ts`], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', TRUST_PROXY: value },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 1);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      `npm start: TRUST_PROXY must be a hop count from 0 to 100 or a comma-separated list of CIDR ranges such as 10.0.0.0/8,::1/128, got "${value}"`,
    ]);
    assert.equal(run.stdout.includes('Serving'), false);
  });
}

test('TRUST_PROXY takes a hop count or CIDR ranges of both families, and defaults to trusting no proxy', () => {
  assert.deepEqual(readConfig({}).trustProxy, { hops: 0 });
  assert.deepEqual(readConfig({ TRUST_PROXY: '2' }).trustProxy, { hops: 2 });
  const trust = readConfig({ TRUST_PROXY: ' 10.0.0.0/8, ::1/128,192.0.2.7 ' }).trustProxy;
  assert.ok('proxies' in trust);
  assert.deepEqual(
    ['10.9.9.9', '11.0.0.1', '192.0.2.7', '192.0.2.8'].map((a) => trust.proxies.check(a, 'ipv4')),
    [true, false, true, false],
  );
  assert.deepEqual(
    ['::1', '::2'].map((a) => trust.proxies.check(a, 'ipv6')),
    [true, false],
  );
});

test('good settings are read as given', () => {
  const config = readConfig({
    PORT: '8080',
    DEMO_TLS_PORT: 'off',
    PUBLIC_ORIGIN: 'https://close-codes.example',
    HEADERS_TIMEOUT_MS: '2500',
    DEMO_LOG: '0',
    DEMO_ONLY: '1',
  });
  assert.equal(config.port, 8080);
  assert.equal(config.tlsPort, null);
  assert.equal(config.publicOrigin?.hostname, 'close-codes.example');
  assert.equal(config.headersTimeoutMs, 2500);
  assert.equal(config.log, false);
  assert.equal(config.demoOnly, true);
});
