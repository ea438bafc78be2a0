/**
 * The per-IP caps behind nginx key on the client nginx saw. nginx writes X-Forwarded-For from the peer's address
 * (a client's own header is dropped) and the instances believe it from nginx's address only (TRUST_PROXY), so
 * a client that sends a different X-Forwarded-For with every socket stays one client; another client has caps
 * of its own. The caps are per instance: behind N instances a client can hold up to N times DEMO_MAX_PER_IP.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { makeRunId } from '../../src/scenarios/runIds.ts';
import { requireBuild } from '../support/dist.ts';
import { NGINX_MISSING, startDeployment, type Deployment } from '../support/deployment.ts';

const CAP = 3;
let deployment: Deployment;

before(async () => {
  if (NGINX_MISSING) return;
  requireBuild();
  deployment = await startDeployment(2, { DEMO_MAX_PER_IP: String(CAP), DEMO_LOG: '0' });
});
after(() => deployment?.stop());

/** A socket held open, or the status that refused it. */
interface Attempt {
  run: string;
  ws: WebSocket;
  status: number;
}

/** Open `/demo/ws/echo` from `localAddress` with a made-up X-Forwarded-For; resolves once open (101) or refused. */
function attempt(base: string, localAddress: string, ca?: Buffer): Promise<Attempt> {
  const run = makeRunId();
  const spoofed = `203.0.113.${Math.floor(Math.random() * 254) + 1}`;
  const ws = new WebSocket(`${base}/demo/ws/echo?run=${run}`, {
    localAddress,
    headers: { 'X-Forwarded-For': spoofed },
    ...(ca ? { ca } : {}),
  });
  return new Promise((resolve) => {
    ws.on('error', () => undefined);
    ws.once('open', () => resolve({ run, ws, status: 101 }));
    ws.once('unexpected-response', (_req, res) => {
      res.resume();
      resolve({ run, ws, status: res.statusCode ?? 0 });
    });
  });
}

const wss = () => deployment.origin.replace('https:', 'wss:');

test(
  'a client that spoofs X-Forwarded-For on every socket is still capped, per instance; another client is not',
  {
    skip: NGINX_MISSING,
  },
  async (t) => {
    const ca = readFileSync(deployment.certFile);
    const spoofing: Attempt[] = [];
    for (let i = 0; i < 4 * CAP; i++) spoofing.push(await attempt(wss(), '127.0.0.2', ca));
    // Another client, on another address, has caps of its own on every instance.
    const other: Attempt[] = [];
    for (let i = 0; i < CAP; i++) other.push(await attempt(wss(), '127.0.0.3', ca));
    // nginx logs a socket when it ends: end them all, then read which instance each went to.
    const all = [...spoofing, ...other];
    all.forEach((a) => a.ws.terminate());
    const log = await logged(all.map((a) => a.run));

    const perInstance = new Map<string, { tried: number; opened: number; refused: number }>();
    for (const a of spoofing) {
      const upstream = log.get(a.run)!;
      const tally = perInstance.get(upstream) ?? { tried: 0, opened: 0, refused: 0 };
      tally.tried++;
      if (a.status === 101) tally.opened++;
      else if (a.status === 429) tally.refused++;
      perInstance.set(upstream, tally);
    }
    t.diagnostic(`127.0.0.2, a new X-Forwarded-For per socket: ${JSON.stringify(Object.fromEntries(perInstance))}`);
    for (const [instance, { tried, opened, refused }] of perInstance) {
      assert.equal(opened, Math.min(CAP, tried), `${instance}: sockets open`);
      assert.equal(refused, tried - opened, `${instance}: the rest refused with 429`);
    }
    assert.deepEqual(
      other.map((a) => a.status),
      other.map(() => 101),
      '127.0.0.3 is not capped by what 127.0.0.2 holds',
    );
  },
);

/** The instance nginx logged for each of `runs`, once it has logged them all. */
async function logged(runs: string[]): Promise<Map<string, string>> {
  for (let i = 0; ; i++) {
    const upstreams = new Map(deployment.accessLog().map((e) => [e.run, e.upstream]));
    if (runs.every((r) => upstreams.has(r)) || i === 50) return upstreams;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test(
  'straight to an instance, a peer that is not nginx cannot choose its address with X-Forwarded-For',
  { skip: NGINX_MISSING },
  async (t) => {
    const instance = `ws://${deployment.instances[0]!.name}`;
    const attempts: Attempt[] = [];
    t.after(() => attempts.forEach((a) => a.ws.terminate()));
    for (let i = 0; i < CAP + 2; i++) attempts.push(await attempt(instance, '127.0.0.4'));
    assert.deepEqual(
      attempts.map((a) => a.status),
      [...Array<number>(CAP).fill(101), 429, 429],
    );
  },
);
