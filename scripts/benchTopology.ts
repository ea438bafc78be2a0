/**
 * `npm run bench:topology`: what the production topology costs and buys. Runs per second and p99 run latency
 * straight to one demo instance (plain HTTP), through nginx (HTTPS) to that one instance, and through nginx to
 * two instances; in alternating rounds in one run, so drift on the machine lands on every setup. A run is what
 * the widget does: open the scenario's socket with a run id, play it, then GET its record (the one client runner,
 * src/scenarios/runScenario.ts, with the benchmark mix). Loopback only; bounded in time and in runs per phase.
 * Options: DURATION_MS per phase (2000), ROUNDS (3), CONCURRENCY (20), MAX_RUNS per phase (20000).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDeployment, type Deployment } from '../deploy/localDeployment.ts';
import { publishedMix } from './benchServer/scenarioMix.ts';
import type { Job } from './benchServer/loadClient.ts';

const DURATION = Number(process.env['DURATION_MS'] ?? 2000);
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const CONCURRENCY = Number(process.env['CONCURRENCY'] ?? 20);
const MAX_RUNS = Number(process.env['MAX_RUNS'] ?? 20_000);

// The caps are for the open internet; here every run comes from one address. No log lines: they cost CPU.
const env = { DEMO_MAX_RUNS_PER_MINUTE: '1000000', DEMO_MAX_PER_IP: '100000', DEMO_LOG: '0' };
console.log('Starting nginx with one demo instance, and nginx with two…');
const one = await startDeployment(1, env);
const two = await startDeployment(2, env);

/** One measured setup: where the client goes. */
interface Setup {
  label: string;
  origin: string;
  deployment: Deployment;
}
const setups: Setup[] = [
  { label: 'direct to one instance (HTTP)', origin: `http://${one.instances[0]!.name}`, deployment: one },
  { label: 'nginx (HTTPS), 1 instance', origin: one.origin, deployment: one },
  { label: 'nginx (HTTPS), 2 instances', origin: two.origin, deployment: two },
];

function ask<T>(child: ChildProcess, job: Job): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(job);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

// Each phase its own loopback source address: closed connections sit in TIME_WAIT for a minute.
const block = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
let phase = 1;
const mix = publishedMix();

/** One phase: CONCURRENCY clients in a process of their own for DURATION ms. */
async function measure(setup: Setup): Promise<{ perSecond: number; p50: number; p99: number; failed: number }> {
  const client = fork(fileURLToPath(new URL('./benchServer/loadClient.ts', import.meta.url)), { stdio: 'inherit' });
  const result = await ask<{ runs: number; latencies: number[]; failed: number; elapsedMs: number }>(client, {
    kind: 'runs',
    scenarios: mix,
    origin: setup.origin,
    concurrency: CONCURRENCY,
    durationMs: DURATION,
    localAddress: `${block}.${++phase}`,
    withRecord: true,
    maxRuns: MAX_RUNS,
    ca: readFileSync(setup.deployment.certFile, 'utf8'),
  });
  client.kill();
  return {
    perSecond: result.runs / (result.elapsedMs / 1000),
    p50: percentile(result.latencies, 50),
    p99: percentile(result.latencies, 99),
    failed: result.failed,
  };
}

const results = new Map(setups.map((s) => [s.label, [] as Awaited<ReturnType<typeof measure>>[]]));
for (let round = 0; round < ROUNDS; round++) {
  for (const setup of setups) {
    results.get(setup.label)!.push(await measure(setup));
    await new Promise((r) => setTimeout(r, 300));
  }
}
await Promise.all([one.stop(), two.stop()]);

const median = (xs: number[]) => percentile(xs, 50);
const spread = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const rate = (label: string) => results.get(label)!.map((r) => r.perSecond);
const rows = setups.map((s) => {
  const r = results.get(s.label)!;
  return [
    s.label,
    spread(
      r.map((x) => x.perSecond),
      0,
    ),
    spread(
      r.map((x) => x.p50),
      1,
    ),
    spread(
      r.map((x) => x.p99),
      1,
    ),
    String(r.reduce((n, x) => n + x.failed, 0)),
  ];
});
const ratio = (a: string, b: string) => {
  const ra = rate(a);
  const rb = rate(b);
  return spread(
    ra.map((x, i) => x / rb[i]!),
    2,
  );
};
const w = [30, 24, 22, 22, 6];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
console.log(`\n${line(['Setup', 'Runs/s, median (min–max)', 'p50 run latency, ms', 'p99 run latency, ms', 'Failed'])}`);
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
const [direct, nginxOne, nginxTwo] = setups.map((s) => s.label) as [string, string, string];
console.log(`\nThrough nginx / direct, runs/s per round: ${ratio(nginxOne, direct)}`);
console.log(`2 instances / 1 instance behind nginx, runs/s per round: ${ratio(nginxTwo, nginxOne)}`);
const cores = cpus().length;
console.log(
  `\n${ROUNDS} alternating rounds of ${DURATION} ms per setup, ${CONCURRENCY} concurrent clients, ${mix.length} scenarios, on ${cores} cores.`,
);
if (cores <= 2)
  console.log(
    `On ${cores} cores a second instance has no core of its own: the load client, nginx's workers and the ` +
      'instances share them, so two instances are not expected to serve more runs than one here.',
  );
process.exit(0);
