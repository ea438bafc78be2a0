import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { rawRequest } from '../support/rawHttp.ts';
import { requireBuild } from '../support/dist.ts';

// The real `npm start`, in its own process: a crash would end it, and every test checks it still answers.
let server: RunningServer;
let port: number;
before(async () => {
  requireBuild();
  server = await startServer({ DEMO_LOG: '0' });
  port = Number(new URL(server.origin).port);
});
after(() => server.stop());

const request = (target: string, headers: string[] = [], method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n`;
const UPGRADE = [
  'Upgrade: websocket',
  'Connection: Upgrade',
  'Sec-WebSocket-Version: 13',
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
];

async function stillServes(): Promise<void> {
  assert.equal(server.child.exitCode, null, 'the server process is alive');
  const res = await fetch(`${server.origin}/`);
  assert.equal(res.status, 200);
}

/** Each input that once crashed the process, and the status it must get now. */
const CRASHERS: { what: string; bytes: string; status: number; error?: string }[] = [
  { what: 'GET /demo/runs/%ff', bytes: request('/demo/runs/%ff'), status: 400, error: 'malformed-path' },
  { what: 'GET /demo/ws/%ff', bytes: request('/demo/ws/%ff'), status: 400, error: 'malformed-path' },
  { what: 'an upgrade to /demo/ws/%ff', bytes: request('/demo/ws/%ff', UPGRADE), status: 400, error: 'malformed-path' },
  { what: 'the target //[ (an origin-form path, taken literally)', bytes: request('//['), status: 404 },
  { what: 'the target //a:99999/', bytes: request('//a:99999/'), status: 404 },
  { what: 'the target http://[/', bytes: request('http://[/'), status: 400, error: 'malformed-target' },
  { what: 'an upgrade to http://[/', bytes: request('http://[/', UPGRADE), status: 400, error: 'malformed-target' },
  { what: 'Range: bytes=10-5', bytes: request('/favicon.svg', ['Range: bytes=10-5']), status: 200 },
  {
    what: 'Range: bytes=0-18446744073709551615',
    bytes: request('/favicon.svg', ['Range: bytes=0-18446744073709551615']),
    status: 206,
  },
  { what: 'Range: bytes=99999999-', bytes: request('/favicon.svg', ['Range: bytes=99999999-']), status: 416 },
  { what: 'Range: bytes=-5', bytes: request('/favicon.svg', ['Range: bytes=-5']), status: 200 },
];

for (const { what, bytes, status, error } of CRASHERS) {
  test(`${what} gets ${status}${error ? ` (${error})` : ''}, and the server keeps serving`, async () => {
    const outcome = await rawRequest(port, bytes);
    assert.equal(outcome.status, status, outcome.text.slice(0, 300));
    if (error) assert.match(outcome.text, new RegExp(`"error": ?"${error}"`));
    await stillServes();
  });
}

test('the same inputs through the TLS listener get a status, and the server keeps serving', async () => {
  assert.ok(server.tlsPort, 'the TLS listener runs');
  for (const { what, bytes } of CRASHERS) {
    const outcome = await rawRequest(server.tlsPort!, bytes, { tls: true });
    assert.ok(outcome.status !== null && outcome.status < 500, `${what}: ${outcome.text.slice(0, 200)}`);
  }
  await stillServes();
});

test('a satisfiable range is served as 206 with the right Content-Range', async () => {
  const outcome = await rawRequest(port, request('/favicon.svg', ['Range: bytes=0-9']));
  assert.equal(outcome.status, 206);
  assert.match(outcome.text, /Content-Range: bytes 0-9\/\d+/i);
});

test('static paths answer GET and HEAD only; anything else gets 405 with Allow', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const outcome = await rawRequest(port, request('/favicon.svg', ['Content-Length: 0'], method));
    assert.equal(outcome.status, 405, method);
    assert.match(outcome.text, /Allow: GET, HEAD/i, method);
  }
  assert.equal((await rawRequest(port, request('/favicon.svg', [], 'HEAD'))).status, 200);
});

test('an invalid Host is refused with 400; a valid one is echoed nowhere but the CSP, with Vary: Host', async () => {
  const bad = await rawRequest(port, `GET / HTTP/1.1\r\nHost: x, default-src 'none'\r\nConnection: close\r\n\r\n`);
  assert.equal(bad.status, 400);
  assert.match(bad.text, /invalid-host/);
  const catalog = await rawRequest(
    port,
    `GET /demo/scenarios.json HTTP/1.1\r\nHost: example.test:${port}\r\nConnection: close\r\n\r\n`,
  );
  assert.equal(catalog.status, 200);
  assert.match(catalog.text, /Vary: Host/i);
  assert.match(catalog.text, /wss:\/\/example\.test:\d+\/demo\/ws\/tls-untrusted/);
  await stillServes();
});

test('with PUBLIC_ORIGIN the CSP and the catalog name the configured host, whatever Host says', async () => {
  const pinned = await startServer({ DEMO_LOG: '0', PUBLIC_ORIGIN: 'https://close-codes.example' });
  try {
    const res = await fetch(`${pinned.origin}/demo/scenarios.json`, { headers: { Host: 'attacker.test' } });
    assert.equal(res.status, 200);
    // Not on Host; on Origin only, for the CORS answer (tests/demo/cors.test.ts).
    assert.equal(res.headers.get('vary'), 'Origin');
    assert.match(await res.text(), /wss:\/\/close-codes\.example:\d+\//);
    const home = await fetch(`${pinned.origin}/`);
    assert.match(home.headers.get('content-security-policy') ?? '', /wss:\/\/close-codes\.example:\d+/);
  } finally {
    await pinned.stop();
  }
});

test('path traversal reaches nothing outside dist/', async () => {
  for (const target of [
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/_astro/../../package.json',
  ]) {
    const outcome = await rawRequest(port, request(target));
    assert.ok(outcome.status === 404 || outcome.status === 400, `${target}: ${outcome.status}`);
    assert.doesNotMatch(outcome.text, /root:|"name": "websocket-close-codes"/, target);
  }
});
