import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { requireBuild } from '../support/dist.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';
import { parseTrustProxy, requestClient, TRUST_NONE, type ProxyTrust } from '../../src/http/trustProxy.ts';

/** A real `npm start` with these settings, whose JSON log lines the test can read. */
async function serve(t: { after(fn: () => Promise<void>): void }, env: Record<string, string>) {
  requireBuild();
  const server = await startServer({ DEMO_LOG: '1', ...env });
  let out = '';
  server.child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  t.after(() => server.stop());
  return {
    server,
    /** The client of every `connect` log line so far, in order. */
    async connectedClients(count: number): Promise<string[]> {
      // The connect line is written as the socket opens; give the pipe a moment.
      for (let i = 0; i < 50; i++) {
        const clients = out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .filter((l) => l['event'] === 'connect')
          .map((l) => String(l['client']));
        if (clients.length >= count) return clients;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`fewer than ${count} connect lines in:\n${out}`);
    },
  };
}

/** Open a demo socket with these request headers; resolves with 101 once open, or the refusal's status. */
function openSocket(
  server: RunningServer,
  headers: Record<string, string>,
  { scenario = 'echo', origin }: { scenario?: string; origin?: string } = {},
): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.origin.replace('http', 'ws')}/demo/ws/${scenario}?run=${makeRunId()}`, {
      headers,
      ...(origin ? { origin } : {}),
    });
    ws.on('open', () => resolve(101));
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(0));
  });
}

const xff = (value: string) => ({ 'X-Forwarded-For': value });

test('CIDR list: behind a trusted proxy each forwarded client has its own socket cap, and the log names it', async (t) => {
  // The listener is dual-stack, so this IPv4 range has to match the peer ::ffff:127.0.0.1.
  const { server, connectedClients } = await serve(t, { TRUST_PROXY: '127.0.0.1/32', DEMO_MAX_PER_IP: '1' });
  assert.equal(await openSocket(server, xff('203.0.113.1')), 101);
  assert.equal(await openSocket(server, xff('203.0.113.1')), 429, 'the same client: its cap of 1 is used');
  // An address the client itself wrote on the left does not make it someone else.
  assert.equal(await openSocket(server, xff('203.0.113.2, 203.0.113.1')), 429, 'left-most entries are the client’s');
  assert.equal(await openSocket(server, xff('198.51.100.9, 203.0.113.2')), 101, 'another client: its own cap');
  assert.equal(await openSocket(server, xff('2001:db8::7')), 101, 'an IPv6 client: its own cap');
  assert.deepEqual(await connectedClients(3), ['203.0.113.1', '203.0.113.2', '2001:db8::7']);
});

test('CIDR list: an untrusted peer cannot spoof X-Forwarded-For; the cap and the log key on the peer', async (t) => {
  const { server, connectedClients } = await serve(t, { TRUST_PROXY: '10.0.0.0/8,fd00::/8', DEMO_MAX_PER_IP: '1' });
  assert.equal(await openSocket(server, xff('203.0.113.1')), 101);
  assert.equal(await openSocket(server, xff('203.0.113.2')), 429, 'a new forwarded address changes nothing');
  assert.deepEqual(await connectedClients(1), ['127.0.0.1']);
});

test('hop count: the run rate keys on the right-most forwarded address; entries a client adds do not escape it', async (t) => {
  const { server, connectedClients } = await serve(t, { TRUST_PROXY: '1', DEMO_MAX_RUNS_PER_MINUTE: '1' });
  const run = (forwardedFor: string) => openSocket(server, xff(forwardedFor), { scenario: 'server-close-1000' });
  assert.equal(await run('203.0.113.1'), 101);
  assert.equal(await run('203.0.113.1'), 429, 'one run per minute for this client');
  assert.equal(await run('192.0.2.50, 203.0.113.1'), 429, 'the proxy appended the real address on the right');
  assert.equal(await run('203.0.113.2'), 101, 'another client: its own rate');
  assert.deepEqual(await connectedClients(2), ['203.0.113.1', '203.0.113.2']);
});

test('X-Forwarded-Proto from a trusted proxy decides the scheme of the same-origin check; from others it is ignored', async (t) => {
  // A TLS-terminating proxy: Host names no port, the page is https://close-codes.example.
  const headers = { Host: 'close-codes.example', 'X-Forwarded-Proto': 'https', ...xff('203.0.113.1') };
  const origin = 'https://close-codes.example';
  const trusted = await serve(t, { TRUST_PROXY: '127.0.0.1/32,::1/128' });
  assert.equal(await openSocket(trusted.server, headers, { origin }), 101);
  const untrusted = await serve(t, { TRUST_PROXY: '10.0.0.0/8' });
  assert.equal(await openSocket(untrusted.server, headers, { origin }), 403);
});

/** What `requestClient` makes of one request over a real connection to `host`, with `trust`. */
async function clientOf(host: string, trust: ProxyTrust, headers: Record<string, string>) {
  const server = createServer((req, res) => res.end(JSON.stringify(requestClient(req, trust))));
  // Every interface, both families: IPv4 peers then show as ::ffff:a.b.c.d, as with `npm start`.
  server.listen(0);
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/`, { headers });
    return (await res.json()) as { address: string; scheme: string };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const trust = (value: string): ProxyTrust => parseTrustProxy(value) ?? assert.fail(`${value} should parse`);

/** Peer host, trust, X-Forwarded-For (and -Proto), and the client expected. */
const CASES: [string, string, ProxyTrust, Record<string, string>, string, 'http' | 'https'][] = [
  [
    'no trust: the mapped IPv4 peer, written as IPv4',
    '127.0.0.1',
    TRUST_NONE,
    { 'X-Forwarded-For': '203.0.113.1', 'X-Forwarded-Proto': 'https' },
    '127.0.0.1',
    'http',
  ],
  [
    'an IPv6 peer in an IPv6 range',
    '::1',
    trust('::1/128'),
    { 'X-Forwarded-For': '203.0.113.1', 'X-Forwarded-Proto': 'https' },
    '203.0.113.1',
    'https',
  ],
  [
    'an IPv6 peer outside an IPv4-only list',
    '::1',
    trust('127.0.0.1'),
    { 'X-Forwarded-For': '203.0.113.1' },
    '::1',
    'http',
  ],
  [
    'a chain of trusted proxies is walked past',
    '127.0.0.1',
    trust('127.0.0.0/8, 10.0.0.0/8'),
    { 'X-Forwarded-For': '198.51.100.1, 203.0.113.5, 10.1.2.3' },
    '203.0.113.5',
    'http',
  ],
  [
    'every hop trusted: the left-most address',
    '127.0.0.1',
    trust('127.0.0.0/8,203.0.113.0/24'),
    { 'X-Forwarded-For': '203.0.113.5, 203.0.113.6' },
    '203.0.113.5',
    'http',
  ],
  [
    'hop count 2',
    '127.0.0.1',
    trust('2'),
    { 'X-Forwarded-For': '198.51.100.1, 203.0.113.5, 10.1.2.3' },
    '203.0.113.5',
    'http',
  ],
  [
    'more hops than entries: the left-most',
    '127.0.0.1',
    trust('5'),
    { 'X-Forwarded-For': '203.0.113.5, 10.1.2.3' },
    '203.0.113.5',
    'http',
  ],
  [
    'a non-address ends the walk at the proxy that wrote it',
    '127.0.0.1',
    trust('3'),
    { 'X-Forwarded-For': 'unknown, 203.0.113.5' },
    '203.0.113.5',
    'http',
  ],
  [
    'entries with ports and brackets',
    '127.0.0.1',
    trust('1'),
    { 'X-Forwarded-For': '[2001:db8::1]:443' },
    '2001:db8::1',
    'http',
  ],
  [
    'a mapped entry is written as IPv4',
    '127.0.0.1',
    trust('1'),
    { 'X-Forwarded-For': '::ffff:203.0.113.9' },
    '203.0.113.9',
    'http',
  ],
  [
    'the outermost proxy’s scheme',
    '127.0.0.1',
    trust('1'),
    { 'X-Forwarded-For': '203.0.113.5', 'X-Forwarded-Proto': 'https, http' },
    '203.0.113.5',
    'https',
  ],
  [
    'an unknown scheme is the connection’s',
    '127.0.0.1',
    trust('1'),
    { 'X-Forwarded-Proto': 'gopher' },
    '127.0.0.1',
    'http',
  ],
];

for (const [what, host, trusted, headers, address, scheme] of CASES) {
  test(`the client of a request: ${what}`, async () => {
    assert.deepEqual(await clientOf(host, trusted, headers), { address, scheme });
  });
}
