import { after, before, test } from 'node:test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DIST, htmlFiles } from '../support/dist.ts';
import { inlineScripts } from '../../src/build/files.ts';
import assert from 'node:assert/strict';
import { connect as netConnect } from 'node:net';
import { once } from 'node:events';
import WebSocket from 'ws';
import { connect, startApp } from '../support/appServer.ts';
import { startServer } from '../support/startServer.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';

let app: Awaited<ReturnType<typeof startApp>>;
before(async () => {
  app = await startApp({ headersTimeoutMs: 500 });
});
after(() => app.shutdown());

const BAD_INPUTS: [string, string, string][] = [
  ['an unknown scenario', '/demo/ws/no-such-thing', 'unknown-scenario'],
  ['a non-numeric code', '/demo/ws/server-close-custom?code=abc', 'invalid-code'],
  ['a custom code below 3000', '/demo/ws/server-close-custom?code=1000', 'code-out-of-range'],
  ['a custom code above 4999', '/demo/ws/server-close-custom?code=5000', 'code-out-of-range'],
  ['a reason over 123 bytes', `/demo/ws/server-close-custom?reason=${'é'.repeat(62)}`, 'reason-too-long'],
  ['a malformed run id', '/demo/ws/echo?run=<script>', 'malformed-run-id'],
];

for (const [what, path, error] of BAD_INPUTS) {
  test(`upgrade with ${what} gets 400 and a JSON error`, async () => {
    const outcome = await connect(`${app.wsOrigin}${path}`);
    assert.equal(outcome.status, 400);
    const body = JSON.parse(outcome.body ?? '') as { error: string; detail: string };
    assert.equal(body.error, error);
    assert.ok(body.detail.length > 10);
  });
  test(`plain GET with ${what} gets 400 and a JSON error`, async () => {
    const res = await fetch(`${app.origin}${path}`);
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(((await res.json()) as { error: string }).error, error);
  });
}

test('a malformed run id in /demo/runs/ gets 400; an unknown one 404, both JSON', async () => {
  const bad = await fetch(`${app.origin}/demo/runs/%3Cx%3E`);
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: string }).error, 'malformed-run-id');
  const unknown = await fetch(`${app.origin}/demo/runs/abcdefgh`);
  assert.equal(unknown.status, 404);
  assert.equal(((await unknown.json()) as { error: string }).error, 'unknown-run');
});

test('a foreign Origin is refused with 403; the site origin is accepted', async () => {
  const foreign = await connect(`${app.wsOrigin}/demo/ws/server-close-1000`, undefined, {
    origin: 'https://evil.example',
  });
  assert.equal(foreign.status, 403);
  assert.equal((JSON.parse(foreign.body ?? '') as { error: string }).error, 'origin-not-allowed');
  const own = await connect(`${app.wsOrigin}/demo/ws/server-close-1000`, undefined, { origin: app.origin });
  assert.equal(own.close?.code, 1000);
});

test('a flood of 200 sockets from one IP is capped with 429, and the server still answers', async () => {
  const sockets: WebSocket[] = [];
  const results = await Promise.all(
    Array.from(
      { length: 200 },
      () =>
        new Promise<number>((resolve) => {
          const ws = new WebSocket(`${app.wsOrigin}/demo/ws/echo?run=${makeRunId()}`);
          sockets.push(ws);
          ws.on('open', () => resolve(101));
          ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          ws.on('error', () => resolve(0));
        }),
    ),
  );
  const opened = results.filter((s) => s === 101).length;
  assert.equal(opened, 20, 'the per-IP cap');
  assert.equal(results.filter((s) => s === 429).length, 180);
  const catalog = await fetch(`${app.origin}/demo/scenarios.json`);
  assert.equal(catalog.status, 200);
  // Refused handshakes are already over; close the ones that opened.
  await Promise.all(
    sockets.filter((ws) => ws.readyState === WebSocket.OPEN).map((ws) => (ws.terminate(), once(ws, 'close'))),
  );
  // Freed slots are usable again.
  for (let i = 0; i < 50 && app.demo.openSockets() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  const again = await connect(`${app.wsOrigin}/demo/ws/server-close-1000?run=${makeRunId()}`);
  assert.equal(again.close?.code, 1000);
});

test('a half-sent request is dropped by the headers timeout', async () => {
  const socket = netConnect(app.port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write('GET /demo/ws/echo HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  await once(socket, 'close');
  assert.match(answer, /^HTTP\/1\.1 408/);
});

/** The hash of every distinct inline script in dist/, computed here rather than by the server. */
const builtInlineScriptHashes = [
  ...new Set(
    htmlFiles().flatMap((file) =>
      inlineScripts(readFileSync(`${DIST}${file}`, 'utf8')).map(
        (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
      ),
    ),
  ),
].sort();

test('every HTTP response carries the security headers, and the CSP admits exactly the inline scripts', async () => {
  assert.ok(builtInlineScriptHashes.length > 0, 'the build has inline scripts');
  for (const path of ['/', '/codes/1006/', '/demo/scenarios.json', '/codes/9999/', '/compare/1015-vs-1006/']) {
    const res = await fetch(`${app.origin}${path}`, { redirect: 'manual' });
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.ok(res.headers.get('referrer-policy'), path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /'wasm-unsafe-eval'/, path);
    assert.match(csp, /frame-ancestors 'self'/, path);
    // No inline script or style is allowed: pages have none (tests/dist/codeHighlight.test.ts).
    assert.doesNotMatch(csp, /'unsafe-inline'/, path);
    assert.match(csp, /style-src 'self';/, path);
    // Exactly the inline scripts of the built site: none missing, none extra.
    const allowed = new Set(/script-src ([^;]*)/.exec(csp)?.[1]?.match(/'sha256-[^']+'/g) ?? []);
    assert.deepEqual([...allowed].sort(), builtInlineScriptHashes, path);
  }
});

test('SIGTERM gives 1001 to every open client and the process exits 0', async () => {
  const server = await startServer({ DEMO_LOG: '0' });
  const ws = server.origin.replace('http', 'ws');
  const opened: Promise<void>[] = [];
  const closes = Array.from({ length: 5 }, () => {
    let markOpen!: () => void;
    opened.push(new Promise<void>((resolve) => (markOpen = resolve)));
    return connect(`${ws}/demo/ws/echo?run=${makeRunId()}`, () => markOpen());
  });
  await Promise.all(opened);
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  for (const outcome of await Promise.all(closes))
    assert.deepEqual(outcome.close, { code: 1001, reason: 'server shutting down' });
  const [code] = await exited;
  assert.equal(code, 0);
});

test('logs are structured JSON with code, scenario and duration, and never carry message bodies', async () => {
  const server = await startServer({ DEMO_LOG: '1' });
  let out = '';
  server.child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const secret = 'do-not-log-this-body';
  await connect(`${server.origin.replace('http', 'ws')}/demo/ws/echo?run=${makeRunId()}`, (w) => {
    w.send(secret);
    w.once('message', () => w.close(1000));
  });
  await new Promise((r) => setTimeout(r, 200));
  await server.stop();
  const lines = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const close = lines.find((l) => l['event'] === 'close');
  assert.ok(lines.some((l) => l['event'] === 'connect' && l['scenario'] === 'echo'));
  assert.equal(close?.['received'], 1000);
  assert.equal(typeof close?.['durationMs'], 'number');
  assert.ok(!out.includes(secret));
});
