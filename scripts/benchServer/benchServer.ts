/**
 * `npm run bench:server`: idle-socket memory, scenario throughput against a
 * bare `ws` server, event-loop delay under load, and page latency under a
 * wire-tap attack. Ratios come from alternating rounds (bare, demo, bare,
 * demo…) in one run, reported as the median with its min and max. Prints a
 * table; a benchmark, never a timed test. Options: IDLE_SOCKETS (5000),
 * DURATION_MS per phase (2000), ROUNDS (5).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { publishScenarios, type PublishedScenario } from '../../src/scenarios/published.ts';
import { publishedMix } from './scenarioMix.ts';

const IDLE = Number(process.env['IDLE_SOCKETS'] ?? 5000);
const DURATION = Number(process.env['DURATION_MS'] ?? 2000);
const ROUNDS = Math.max(5, Number(process.env['ROUNDS'] ?? 5));
const CONCURRENCY = 100;

function client(): ChildProcess {
  return fork(fileURLToPath(new URL('./loadClient.ts', import.meta.url)), { stdio: 'inherit' });
}

function ask<T>(child: ChildProcess, job: object): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(job);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function memory(): Promise<{ rss: number; heap: number }> {
  return ask<{ rss: number; heap: number }>(server, { kind: 'memory' });
}

async function bareServer(): Promise<Server> {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const server = createServer();
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => ws.close(1000)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// Each phase gets its own loopback source address, and each bench run its own block of them: tens of
// thousands of closed connections sit in TIME_WAIT for a minute and would starve the next phase of ports.
const block = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
let phase = 1;

async function throughput(
  scenarios: PublishedScenario[],
  concurrency = CONCURRENCY,
): Promise<{ perSecond: number; p50: number; p99: number; loopP99: number }> {
  const child = client();
  await ask(server, { kind: 'loop-start' });
  const result = await ask<{ runs: number; latencies: number[] }>(child, {
    kind: 'runs',
    scenarios,
    origin: `http://127.0.0.1:${port}`,
    concurrency,
    durationMs: DURATION,
    localAddress: `${block}.${++phase}`,
  });
  const { p99: loopP99 } = await ask<{ p99: number }>(server, { kind: 'loop-stop' });
  child.kill();
  return {
    perSecond: result.runs / (DURATION / 1000),
    p50: percentile(result.latencies, 50),
    p99: percentile(result.latencies, 99),
    loopP99,
  };
}

const server = fork(fileURLToPath(new URL('./serverProcess.ts', import.meta.url)), {
  stdio: 'inherit',
  execArgv: ['--expose-gc'],
  env: { ...process.env, IDLE_SOCKETS: String(IDLE) },
});
const { port } = await new Promise<{ port: number }>((resolve) =>
  server.once('message', (m) => resolve(m as { port: number })),
);
const ws = `ws://127.0.0.1:${port}`;

// 1. Idle sockets.
const before = await memory();
const idleClient = client();
const opened = await ask<{ open: number }>(idleClient, { kind: 'idle', url: `${ws}/demo/ws/echo`, count: IDLE });
const after = await memory();
idleClient.kill();
// Let the server finish closing the idle sockets before measuring anything else.
while ((await ask<{ open: number }>(server, { kind: 'open' })).open > 0) await new Promise((r) => setTimeout(r, 100));
await new Promise((r) => setTimeout(r, 1000));

// 2 and 3. Throughput and event-loop delay.
const published = new Map(
  publishScenarios({ hostname: '127.0.0.1', tlsPort: null, refusedPort: null }).map((sc) => [sc.id, sc]),
);
const mix = publishedMix();
// Below saturation first, before tens of thousands of closed connections sit in TIME_WAIT.
const demoLight = await throughput(mix, 10);
const settle = () => new Promise((r) => setTimeout(r, 500));
await settle();
const bare = await bareServer();
const bareUrl = `ws://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
// Alternating rounds, so drift on the machine lands on both sides of every ratio.
const rounds: { bare: number; same: number; mix: number; loopP99: number; p50: number; p99: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // The bare server closes every socket with 1000 at once: server-close-1000 pointed at it.
  const b = await throughput([{ ...published.get('server-close-1000')!, url: bareUrl }]);
  await settle();
  const same = await throughput([published.get('server-close-1000')!]);
  await settle();
  const m = await throughput(mix);
  await settle();
  rounds.push({
    bare: b.perSecond,
    same: same.perSecond,
    mix: m.perSecond,
    loopP99: m.loopP99,
    p50: m.p50,
    p99: m.p99,
  });
}
bare.close();

/** Sequential page loads of `/` for `ms`; their latencies. */
async function pageLatencies(ms: number): Promise<number[]> {
  const out: number[] = [];
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    const started = performance.now();
    await (await fetch(`http://127.0.0.1:${port}/`)).arrayBuffer();
    out.push(performance.now() - started);
  }
  return out;
}
// Page latency alone, then with one wire-tap attack socket at a time running in another process; alternated.
const quiet: number[] = [];
const attacked: number[] = [];
let attackBytes = 0;
for (let round = 0; round < 2; round++) {
  quiet.push(...(await pageLatencies(DURATION)));
  const attacker = client();
  const attack = ask<{ bytes: number }>(attacker, {
    kind: 'tap-attack',
    port,
    path: '/demo/ws/echo',
    durationMs: DURATION + 500,
  });
  await new Promise((r) => setTimeout(r, 250));
  attacked.push(...(await pageLatencies(DURATION)));
  attackBytes += (await attack).bytes;
  attacker.kill();
  await settle();
}
server.kill('SIGTERM');

const median = (xs: number[]) => percentile(xs, 50);
const spread = (xs: number[]) =>
  `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
const sameRatios = rounds.map((r) => r.same / r.bare);
const mixRatios = rounds.map((r) => r.mix / r.bare);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const rows: [string, string, string][] = [
  [`Idle sockets open`, `${opened.open}`, `${IDLE}`],
  ['RSS per idle socket', kb((after.rss - before.rss) / opened.open), ''],
  ['Heap per idle socket', kb((after.heap - before.heap) / opened.open), ''],
  [
    `Bare ws open→close(1000), runs/s (${CONCURRENCY} clients), median`,
    median(rounds.map((r) => r.bare)).toFixed(0),
    '',
  ],
  ['Demo server-close-1000, runs/s, median', median(rounds.map((r) => r.same)).toFixed(0), ''],
  ['Demo scenario mix, runs/s, median', median(rounds.map((r) => r.mix)).toFixed(0), ''],
  [`Ratio demo (same) / bare, median (min–max of ${ROUNDS})`, spread(sameRatios), '≥ 0.80'],
  [`Ratio demo (mix) / bare, median (min–max of ${ROUNDS})`, spread(mixRatios), '≥ 0.80'],
  [
    'Run latency p50 / p99, mix (loopback), median round',
    `${median(rounds.map((r) => r.p50)).toFixed(1)} / ${median(rounds.map((r) => r.p99)).toFixed(1)} ms`,
    'p99 < 20 ms',
  ],
  [
    'Run latency p50 / p99, mix, 10 clients',
    `${demoLight.p50.toFixed(1)} / ${demoLight.p99.toFixed(1)} ms`,
    'p99 < 20 ms',
  ],
  ['Event-loop delay p99 under the mix, median round', `${median(rounds.map((r) => r.loopP99)).toFixed(1)} ms`, ''],
  [
    'Page latency p50 / p99, no attack',
    `${percentile(quiet, 50).toFixed(1)} / ${percentile(quiet, 99).toFixed(1)} ms`,
    '',
  ],
  [
    `Page latency p50 / p99, wire-tap attack (${(attackBytes / 1048576).toFixed(0)} MiB sent)`,
    `${percentile(attacked, 50).toFixed(1)} / ${percentile(attacked, 99).toFixed(1)} ms`,
    'p99 < 3× no attack',
  ],
];
const w = [62, 22, 18];
console.log(`\n| ${['Measure', 'Value', 'Target'].map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
console.log(
  `\n${ROUNDS} alternating rounds of ${DURATION} ms per phase on ${(await import('node:os')).cpus().length} cores.`,
);
process.exit(0);
