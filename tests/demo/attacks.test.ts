import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { startApp } from '../support/appServer.ts';
import { frame, openRawWebSocket } from '../support/rawWebSocket.ts';
import { openRaw, rawRequest } from '../support/rawHttp.ts';
import { requireBuild } from '../support/dist.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';
import { TAP_MAX_RETAINED } from '../../src/demo/wireTap.ts';

// Attacks on the real `npm start` process, each bounded in bytes and time, on loopback only.
const MB = 1024 * 1024;
/** How much an attack may grow the server's resident memory: far less than the attacker sends. */
const RSS_GROWTH_LIMIT = 48 * MB;

let server: RunningServer;
let port: number;
before(async () => {
  requireBuild();
  server = await startServer({ DEMO_LOG: '0', HEADERS_TIMEOUT_MS: '300' });
  port = Number(new URL(server.origin).port);
});
after(() => server.stop());

/** Write `chunk` again and again, up to `maxBytes` or until the peer stops taking it for `stallMs`; returns bytes written. */
async function flood(socket: Socket, chunk: Buffer, maxBytes: number, stallMs = 1000, maxMs = 15_000): Promise<number> {
  const started = Date.now();
  let sent = 0;
  while (sent < maxBytes && Date.now() - started < maxMs && !socket.destroyed) {
    if (!socket.write(chunk)) {
      const drained = await Promise.race([
        once(socket, 'drain').then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), stallMs)),
      ]);
      sent += chunk.length;
      if (!drained) break; // the server stopped reading: backpressure reached the attacker
    } else sent += chunk.length;
  }
  return sent;
}

async function settledRss(): Promise<number> {
  await new Promise((r) => setTimeout(r, 300));
  return server.rss();
}

test('wire-tap attack: 2^40-byte frame headers, then junk on 5 sockets at once, leave the server small', async () => {
  const before = await settledRss();
  // Each socket claims a 2^40-byte frame (`ws` answers 1009 and stops reading), then floods until dropped.
  const sent = await Promise.all(
    Array.from({ length: 5 }, async () => {
      const ws = await openRawWebSocket(port, `/demo/ws/echo?run=${makeRunId()}`);
      ws.socket.write(frame(0x2, Buffer.alloc(0), { claimLength: 1n << 40n }).subarray(0, 14));
      const bytes = await flood(ws.socket, Buffer.alloc(64 * 1024, 0x61), 32 * MB);
      ws.socket.destroy();
      return bytes;
    }),
  );
  const grown = (await settledRss()) - before;
  const total = sent.reduce((a, b) => a + b, 0);
  console.log(
    `wire-tap attack: sent ${(total / MB).toFixed(1)} MB on 5 sockets, server RSS grew ${(grown / MB).toFixed(1)} MB`,
  );
  assert.ok(grown < RSS_GROWTH_LIMIT, `RSS grew ${(grown / MB).toFixed(1)} MB`);
  assert.equal((await fetch(`${server.origin}/`)).status, 200);
});

test('backpressure attack: a client that sends to echo and never reads is slowed, and the server stays small', async () => {
  const before = await settledRss();
  const ws = await openRawWebSocket(port, `/demo/ws/echo?run=${makeRunId()}`);
  ws.socket.pause(); // never read the echoes
  const sent = await flood(ws.socket, frame(0x2, Buffer.alloc(60 * 1024, 0x62)), 256 * MB);
  const grown = (await settledRss()) - before;
  ws.socket.destroy();
  console.log(
    `backpressure attack: sent ${(sent / MB).toFixed(1)} MB before the server stopped reading, RSS grew ${(grown / MB).toFixed(1)} MB`,
  );
  assert.ok(sent < 64 * MB, `the server stopped reading (it took ${(sent / MB).toFixed(1)} MB)`);
  assert.ok(grown < RSS_GROWTH_LIMIT, `RSS grew ${(grown / MB).toFixed(1)} MB`);
  assert.equal((await fetch(`${server.origin}/`)).status, 200);
});

test('the wire tap holds at most one frame header and one Close payload per direction, whatever arrives', async () => {
  const app = await startApp();
  try {
    const ws = await openRawWebSocket(app.port, `/demo/ws/echo?run=${makeRunId()}`);
    ws.socket.write(frame(0x2, Buffer.alloc(0), { claimLength: 1n << 40n }).subarray(0, 14));
    let most = 0;
    for (let i = 0; i < 64; i++) {
      ws.socket.write(Buffer.alloc(64 * 1024, i));
      await new Promise((r) => setImmediate(r));
      most = Math.max(most, app.demo.maxTapRetainedBytes());
    }
    ws.socket.destroy();
    assert.ok(most <= TAP_MAX_RETAINED, `the tap held ${most} bytes`);
  } finally {
    await app.shutdown();
  }
});

test('TLS slowloris: a client that never sends a ClientHello, or never finishes its request, is dropped', async () => {
  const silent = await openRaw(server.tlsPort!);
  const silentClosed = once(silent, 'close');
  const partial = await rawRequest(server.tlsPort!, 'GET / HTTP/1.1\r\nHost: localhost\r\n', { tls: true });
  assert.ok(!partial.timedOut && (partial.status === 408 || partial.status === null), partial.text);
  // The handshake timeout equals HEADERS_TIMEOUT_MS (300 ms here); 5 s is only the test's patience.
  const closed = await Promise.race([
    silentClosed.then(() => true),
    new Promise((r) => setTimeout(() => r(false), 5000)),
  ]);
  assert.equal(closed, true);
});

test('a 429 says when to come back (Retry-After); a reused run id gets 409, and the first record stays', async () => {
  const app = await startApp({ limits: { perIpSockets: 1, globalSockets: 100, perIpRunsPerMinute: 1000 } });
  try {
    const runId = makeRunId();
    const first = new WebSocket(`${app.wsOrigin}/demo/ws/echo?run=${runId}`);
    await once(first, 'open');
    const upgrade = (path: string) =>
      rawRequest(
        app.port,
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
      );
    const refused = await upgrade(`/demo/ws/echo?run=${makeRunId()}`);
    assert.equal(refused.status, 429);
    assert.match(refused.text, /Retry-After: \d+/i);
    first.close(1000);
    await once(first, 'close');
    const reused = await upgrade(`/demo/ws/echo?run=${runId}`);
    assert.equal(reused.status, 409);
    assert.match(reused.text, /run-id-in-use/);
    assert.equal(app.demo.runs.get(runId)?.serverReceived?.code, 1000);
  } finally {
    await app.shutdown();
  }
});

test('client pings count as activity for the idle timeout', async () => {
  const app = await startApp({ idleMs: 1000 });
  try {
    const ws = new WebSocket(`${app.wsOrigin}/demo/ws/echo?run=${makeRunId()}`);
    await once(ws, 'open');
    const closed = once(ws, 'close');
    const pinger = setInterval(() => ws.ping(), 100);
    await new Promise((r) => setTimeout(r, 2500));
    clearInterval(pinger);
    assert.equal(ws.readyState, WebSocket.OPEN, 'pinging kept the socket open past the idle timeout');
    const [code, reason] = (await closed) as [number, Buffer];
    assert.deepEqual([code, reason.toString()], [1001, 'idle timeout']);
  } finally {
    await app.shutdown();
  }
});

test('SIGTERM writes a close log line for every open socket before the process exits', async () => {
  const logged = await startServer({ DEMO_LOG: '1' });
  let out = '';
  logged.child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const sockets = await Promise.all(
    Array.from({ length: 15 }, async () => {
      const ws = new WebSocket(`${logged.origin.replace('http', 'ws')}/demo/ws/echo?run=${makeRunId()}`);
      ws.on('error', () => undefined);
      await once(ws, 'open');
      return ws;
    }),
  );
  const exited = once(logged.child, 'exit');
  logged.child.kill('SIGTERM');
  const [code] = await exited;
  assert.equal(code, 0);
  const closes = out
    .split('\n')
    .filter((l) => l.startsWith('{') && (JSON.parse(l) as { event: string }).event === 'close');
  assert.equal(closes.length, sockets.length);
});
