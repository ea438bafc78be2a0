/**
 * Restarts behind nginx. SIGTERM to one instance: its open sockets get 1001 (going away) through nginx, the
 * other instance's stay open, the instance exits 0, and new runs succeed on the other instance (nginx's passive
 * check moves them). SIGHUP to `deploy/start.ts`: every instance is restarted in turn; runs made meanwhile all
 * succeed, and both instances serve runs after.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { publishScenarios } from '../../src/scenarios/published.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';
import { runScenario } from '../../src/scenarios/runScenario.ts';
import { requireBuild } from '../support/dist.ts';
import { NGINX_MISSING, startDeployment, trustCertificate, type Deployment } from '../support/deployment.ts';

let deployment: Deployment;

before(async () => {
  if (NGINX_MISSING) return;
  requireBuild();
  deployment = await startDeployment(2);
  trustCertificate(deployment.certFile);
});
after(() => deployment?.stop());

/** An echo socket held open through nginx, and the close code it will get. */
interface Held {
  run: string;
  ws: WebSocket;
  closed: Promise<number>;
}

async function hold(): Promise<Held> {
  const run = makeRunId();
  const ws = new WebSocket(`${deployment.origin.replace('https:', 'wss:')}/demo/ws/echo?run=${run}`);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { run, ws, closed };
}

/** The instance whose log says it accepted `run`, waiting briefly for the line. */
async function servedBy(run: string): Promise<string | undefined> {
  for (let i = 0; i < 50; i++) {
    const line = deployment.instanceLog().find((e) => e['event'] === 'connect' && e['run'] === run);
    if (line) return line.instance;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

const serverClose = publishScenarios({ hostname: 'localhost', tlsPort: null, refusedPort: null }).find(
  (s) => s.id === 'server-close-1000',
)!;

/** `count` runs through nginx with the shared runner: each closes with 1000 and has its record; their instances. */
async function freshRuns(count: number): Promise<string[]> {
  const instances: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await runScenario(serverClose, deployment.origin);
    assert.equal(result.close?.code, 1000, `run ${result.runId}: close code`);
    assert.ok(result.record, `run ${result.runId}: its record`);
    instances.push((await servedBy(result.runId)) ?? '?');
  }
  return instances;
}

test(
  'SIGTERM to one instance: its sockets get 1001, the other\u2019s stay, new runs succeed on the other; SIGHUP restarts all in turn',
  {
    skip: NGINX_MISSING,
    timeout: 60_000,
  },
  async (t) => {
    const [a, b] = deployment.instances.map((i) => i.name);
    const held: (Held & { instance: string | undefined })[] = [];
    t.after(() => held.forEach((h) => h.ws.terminate()));
    // Until each instance holds two.
    while (held.length < 40 && [a, b].some((name) => held.filter((h) => h.instance === name).length < 2)) {
      const h = await hold();
      held.push({ ...h, instance: await servedBy(h.run) });
    }
    const onA = held.filter((h) => h.instance === a);
    const onB = held.filter((h) => h.instance === b);

    process.kill(deployment.instances[0]!.pid, 'SIGTERM');
    assert.deepEqual(
      await Promise.all(onA.map((h) => h.closed)),
      onA.map(() => 1001),
      `${a}'s sockets`,
    );
    assert.ok(
      onB.every((h) => h.ws.readyState === WebSocket.OPEN),
      `${b}'s sockets stay open`,
    );
    await deployment.waitFor(new RegExp(`demo ${a} \\(pid \\d+\\) exited with 0`), 6000);
    assert.deepEqual(await freshRuns(6), Array<string>(6).fill(b!), 'new runs, all on the instance that stayed');

    deployment.child.kill('SIGHUP');
    let restarting = true;
    const done = deployment.waitFor(/rolling restart done/, 20_000).finally(() => (restarting = false));
    // Runs go on throughout the rolling restart, and every one of them succeeds.
    const during: string[] = [];
    while (restarting) during.push(...(await freshRuns(1)));
    await done;
    assert.deepEqual(
      await Promise.all(onB.map((h) => h.closed)),
      onB.map(() => 1001),
      `${b}'s sockets in the rolling restart`,
    );
    t.diagnostic(`${during.length} runs during the rolling restart, all succeeded`);
    // Both serve again: run until each has had one.
    const after: string[] = [];
    while (after.length < 20 && !(after.includes(a!) && after.includes(b!))) after.push(...(await freshRuns(1)));
    t.diagnostic(`after the rolling restart, ${after.length} runs on: ${after.join(', ')}`);
    assert.ok(after.includes(a!) && after.includes(b!), 'both instances serve runs again');
  },
);
