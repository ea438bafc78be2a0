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
  // Runs go on as fast as they can through the restarts: more than the per-client cap of a public server.
  deployment = await startDeployment(2, { DEMO_MAX_RUNS_PER_MINUTE: '1000000' });
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

/** One run through nginx with the shared runner: it closes with 1000; its id, instance, and whether its record came. */
async function freshRun(): Promise<{ run: string; instance: string; record: boolean }> {
  const result = await runScenario(serverClose, deployment.origin);
  assert.equal(result.close?.code, 1000, `run ${result.runId}: close code`);
  return { run: result.runId, instance: (await servedBy(result.runId)) ?? '?', record: result.record !== null };
}

/** `count` runs that must each have their record; their instances. */
async function freshRuns(count: number): Promise<string[]> {
  const instances: string[] = [];
  for (let i = 0; i < count; i++) {
    const { run, instance, record } = await freshRun();
    assert.ok(record, `run ${run}: its record`);
    instances.push(instance);
  }
  return instances;
}

/**
 * Whether the instance that served `run` was stopped right after: the first thing its name is next seen doing
 * after the run's connect line is exiting. Records live in the instance's memory, so they go with it.
 */
function stoppedRightAfter(run: string, instance: string): boolean {
  const out = deployment.output();
  const connect = out.indexOf(`"run":"${run}"`);
  const rest = out.slice(out.indexOf('\n', connect));
  const exit = rest.search(new RegExp(`demo ${instance.replaceAll('.', '\\.')} \\(pid \\d+\\) exited`));
  const next = rest.search(
    new RegExp(`\\[demo ${instance.replaceAll('.', '\\.')}\\] \\{"time":[^\\n]*"event":"connect"`),
  );
  return connect >= 0 && exit >= 0 && (next < 0 || exit < next);
}

test(
  'SIGTERM to one instance: its sockets get 1001, the other\u2019s stay, new runs succeed on the other; SIGHUP restarts all in turn',
  {
    skip: NGINX_MISSING,
    timeout: 90_000,
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
    const done = deployment.waitFor(/rolling restart done/, 30_000).finally(() => (restarting = false));
    done.catch(() => undefined); // awaited below, unless a run fails first
    // Runs go on throughout the rolling restart: every socket works, and every record comes, except for a run
    // whose instance was stopped between its socket and its record.
    const during: Awaited<ReturnType<typeof freshRun>>[] = [];
    while (restarting) during.push(await freshRun());
    await done;
    const lost = during.filter((r) => !r.record);
    assert.deepEqual(
      lost.filter((r) => !stoppedRightAfter(r.run, r.instance)),
      [],
      'runs without a record whose instance was not being stopped',
    );
    assert.deepEqual(
      await Promise.all(onB.map((h) => h.closed)),
      onB.map(() => 1001),
      `${b}'s sockets in the rolling restart`,
    );
    t.diagnostic(
      `${during.length} runs during the rolling restart, every socket closed with 1000; ` +
        `${lost.length} records lost with the instance that was stopped just after their run`,
    );
    // Both serve again: run until each has had one.
    const after: string[] = [];
    while (after.length < 20 && !(after.includes(a!) && after.includes(b!))) after.push(...(await freshRuns(1)));
    t.diagnostic(`after the rolling restart, ${after.length} runs on: ${after.join(', ')}`);
    assert.ok(after.includes(a!) && after.includes(b!), 'both instances serve runs again');
  },
);
