import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { startServer } from '../support/startServer.ts';
import { connect } from '../support/appServer.ts';
import { openRaw } from '../support/rawHttp.ts';
import { requireBuild } from '../support/dist.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';

test('/healthz answers 200 {"status":"ok"} uncached, to GET and HEAD, with no Host check', async (t) => {
  requireBuild();
  const server = await startServer({ DEMO_LOG: '0', PUBLIC_ORIGIN: 'https://close-codes.example' });
  t.after(() => server.stop());
  const get = await fetch(`${server.origin}/healthz`);
  assert.equal(get.status, 200);
  assert.equal(get.headers.get('cache-control'), 'no-store');
  assert.match(get.headers.get('content-type') ?? '', /^application\/json/);
  assert.deepEqual(await get.json(), { status: 'ok' });
  const head = await fetch(`${server.origin}/healthz`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
  const post = await fetch(`${server.origin}/healthz`, { method: 'POST' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD');
  // A load balancer probing over HTTP/1.0 may send no Host at all.
  const port = Number(new URL(server.origin).port);
  assert.match(await exchange(await openRaw(port), 'GET /healthz HTTP/1.0\r\n\r\n'), /^HTTP\/1\.1 200 /);
});

/** Write `text` on `socket` and resolve with everything the server sends until it closes the connection. */
async function exchange(socket: Socket, text: string): Promise<string> {
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.write(text);
  await once(socket, 'close');
  return answer;
}

/** A connection whose request has only its first headers sent: a request under way when the signal comes. */
async function halfSent(port: number, head: string): Promise<Socket> {
  const socket = await openRaw(port);
  socket.write(`${head}\r\nHost: 127.0.0.1\r\n`);
  return socket;
}

test('SIGTERM drains: sockets get 1001, new connections are refused, requests under way see 503 and the last records, exit 0 within 5 s', async () => {
  requireBuild();
  const server = await startServer({ DEMO_LOG: '1' });
  let out = '';
  server.child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const port = Number(new URL(server.origin).port);
  const ws = server.origin.replace('http', 'ws');
  const runIds = Array.from({ length: 3 }, () => makeRunId());
  const opened: Promise<void>[] = [];
  const closes = runIds.map((id) => {
    let markOpen!: () => void;
    opened.push(new Promise<void>((resolve) => (markOpen = resolve)));
    return connect(`${ws}/demo/ws/echo?run=${id}`, () => markOpen());
  });
  await Promise.all(opened);
  const health = await halfSent(port, 'GET /healthz HTTP/1.1');
  const record = await halfSent(port, `GET /demo/runs/${runIds[2]} HTTP/1.1`);
  const upgrade = await halfSent(port, `GET /demo/ws/echo?run=${makeRunId()} HTTP/1.1`);
  // Let the server read those first lines, so that each is a request under way.
  await new Promise((r) => setTimeout(r, 300));

  const signalled = performance.now();
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  for (const outcome of await Promise.all(closes))
    assert.deepEqual(outcome.close, { code: 1001, reason: 'server shutting down' });
  await assert.rejects(openRaw(port), { code: 'ECONNREFUSED' }, 'the listener is closed');

  const healthAnswer = await exchange(health, '\r\n');
  assert.match(healthAnswer, /^HTTP\/1\.1 503 /);
  assert.deepEqual(JSON.parse(healthAnswer.slice(healthAnswer.indexOf('\r\n\r\n'))), { status: 'draining' });
  const recordAnswer = await exchange(record, '\r\n');
  assert.match(recordAnswer, /^HTTP\/1\.1 200 /);
  const run = JSON.parse(recordAnswer.slice(recordAnswer.indexOf('\r\n\r\n'))) as {
    id: string;
    serverSent: { code: number } | null;
  };
  assert.equal(run.id, runIds[2]);
  assert.equal(run.serverSent?.code, 1001);
  const key = 'dGhlIHNhbXBsZSBub25jZQ==';
  const upgradeAnswer = await exchange(
    upgrade,
    `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  assert.match(upgradeAnswer, /^HTTP\/1\.1 503 /, 'no new socket while draining');

  const [code] = await exited;
  assert.equal(code, 0);
  assert.ok(performance.now() - signalled < 5000, 'exits within 5 s');
  const closeLines = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l['event'] === 'close');
  assert.deepEqual(closeLines.map((l) => l['run']).sort(), [...runIds].sort(), 'a close line for every run');
  assert.ok(closeLines.every((l) => l['sent'] === 1001));
});
