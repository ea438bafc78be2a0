import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../support/startServer.ts';
import { rawRequest } from '../support/rawHttp.ts';
import { requireBuild } from '../support/dist.ts';
import { fuzzSeed, seeded, type Random } from '../support/random.ts';

// Thousands of random and mutated requests against the real `npm start` process, on loopback.
const SEED = fuzzSeed(20261130);
const PLAIN_CASES = 4000;
const TLS_CASES = 300;
const CONCURRENCY = 32;

let server: RunningServer;
before(async () => {
  requireBuild();
  // A short headers timeout, so incomplete requests are answered (408) quickly.
  server = await startServer({ DEMO_LOG: '0', HEADERS_TIMEOUT_MS: '500' });
});
after(() => server.stop());

const METHODS = [
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'PATCH',
  'G ET',
  '',
];
const TARGETS = [
  '/',
  '/codes/1006/',
  '/compare/1015-vs-1006/',
  '/favicon.svg',
  '/demo/scenarios.json',
  '/demo/runs/abcdefgh',
  '/demo/ws/echo',
  '/demo/ws/server-close-custom?code=4000&reason=x',
  '/demo/frame/',
  '*',
  'http://localhost/',
  'http://[/',
  '//[',
  '//a:99999/',
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%',
  '/%ff',
];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '', 'HTTP/1.1 x', 'http/1.1'];

function junk(r: Random, max: number): string {
  return Array.from({ length: r.int(max) + 1 }, () => String.fromCharCode(r.int(256))).join('');
}

function percent(r: Random): string {
  return r.pick([
    '%',
    '%f',
    '%ff',
    '%00',
    '%2F',
    '%G1',
    '%e2%82',
    '%c0%af',
    `%${r.int(256).toString(16).padStart(2, '0')}`,
  ]);
}

/** Mutate a target: percent-encodings, raw bytes, slashes, length. */
function mutateTarget(r: Random, target: string): string {
  let t = target;
  const edits = r.int(4);
  for (let i = 0; i < edits; i++) {
    const at = r.int(t.length + 1);
    // Mostly what a parser lets through, so the cases reach the handlers; sometimes raw bytes.
    const insert = r.chance(0.15)
      ? r.pick([junk(r, 4), ' ', '\t', 'é', '\u2028'])
      : r.pick([percent(r), percent(r), '/', '//', '?', '?a=%', '&code=', '#', '..', '\\', '@', ':', ';']);
    t = t.slice(0, at) + insert + t.slice(at);
  }
  if (r.chance(0.03)) t += 'a'.repeat(r.int(20_000));
  return t;
}

const HEADER_MAKERS: ((r: Random) => string)[] = [
  (r) =>
    `Host: ${r.pick(['localhost', 'localhost:4321', '[::1]:80', 'a'.repeat(300), "x, default-src 'none'", junk(r, 20), ''])}`,
  (r) =>
    `Range: ${r.pick(['bytes=10-5', 'bytes=0-18446744073709551615', 'bytes=-5', 'bytes=0-0,5-9', 'bytes=', 'items=1-2', junk(r, 12)])}`,
  () =>
    'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
  (r) => `Sec-WebSocket-Version: ${r.pick(['13', '8', '', junk(r, 6)])}`,
  (r) => `Origin: ${r.pick(['http://localhost', 'https://evil.example', 'null', junk(r, 20)])}`,
  (r) => `Content-Length: ${r.pick(['0', '5', '-1', '99999999999999999999', '1, 2', junk(r, 5)])}`,
  (r) => `Transfer-Encoding: ${r.pick(['chunked', 'gzip, chunked', 'identity', junk(r, 8)])}`,
  (r) => `${junk(r, 12)}: ${junk(r, 40)}`,
  (r) => `X-Long: ${'v'.repeat(r.int(20_000))}`,
  () => 'no-colon-header',
  () => ' folded: continuation',
  (r) => `Accept-Encoding: ${r.pick(['gzip', 'br', '*', junk(r, 10)])}`,
  (r) => `If-None-Match: ${junk(r, 30)}`,
];

/** One request, as the bytes sent. */
function requestCase(r: Random): string {
  if (r.chance(0.04)) return junk(r, 400); // not HTTP at all
  const eol = r.chance(0.05) ? '\n' : '\r\n';
  const target = r.chance(0.6) ? mutateTarget(r, r.pick(TARGETS)) : r.pick(TARGETS);
  const version = r.chance(0.85) ? 'HTTP/1.1' : r.pick(VERSIONS);
  const method = r.chance(0.7) ? 'GET' : r.pick(METHODS);
  const lines = [`${method} ${target} ${version}`];
  if (!r.chance(0.05)) lines.push(`Host: localhost`);
  const extra = r.int(5);
  for (let i = 0; i < extra; i++) lines.push(r.pick(HEADER_MAKERS)(r));
  lines.push('Connection: close');
  let text = lines.join(eol) + eol + eol;
  if (r.chance(0.2)) text += junk(r, 200); // a body, declared or not
  if (r.chance(0.05)) text = text.slice(0, r.int(text.length)); // cut off anywhere
  return text;
}

async function fuzz(label: string, cases: number, port: number, tls: boolean, r: Random): Promise<void> {
  const failures: string[] = [];
  const statuses = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < cases) {
      const index = next++;
      const bytes = requestCase(r);
      const outcome = await rawRequest(port, Buffer.from(bytes, 'latin1'), { tls, timeoutMs: 5000 });
      const key = outcome.status === null ? 'closed' : String(outcome.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (outcome.timedOut || (outcome.status !== null && outcome.status >= 500))
        failures.push(
          `case ${index}: ${outcome.timedOut ? 'no answer' : outcome.status} for ${JSON.stringify(bytes.slice(0, 300))}`,
        );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  console.log(
    `${label}: ${cases} cases, seed ${SEED}: ${[...statuses]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
  );
  assert.deepEqual(failures.slice(0, 10), [], `replay with FUZZ_SEED=${SEED}`);
  assert.equal(server.child.exitCode, null, 'the server process is alive');
  assert.equal((await fetch(`${server.origin}/`)).status, 200);
}

test(`${PLAIN_CASES} random and mutated requests each get a status or a closed connection, never a crash or a 5xx`, async () => {
  await fuzz('plain', PLAIN_CASES, Number(new URL(server.origin).port), false, seeded(SEED));
});

test(`${TLS_CASES} of them through the TLS listener, likewise`, async () => {
  await fuzz('tls', TLS_CASES, server.tlsPort!, true, seeded(SEED + 1));
});
