/**
 * `npm run bench:server`: idle-socket memory, scenario throughput against a
 * bare `ws` server, and event-loop delay under load. Prints a table; a
 * benchmark, never a timed test. Options: IDLE_SOCKETS (5000), DURATION_MS (5000).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';

const IDLE = Number(process.env['IDLE_SOCKETS'] ?? 5000);
const DURATION = Number(process.env['DURATION_MS'] ?? 5000);
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
  urls: string[],
  concurrency = CONCURRENCY,
): Promise<{ perSecond: number; p50: number; p99: number; loopP99: number }> {
  const child = client();
  await ask(server, { kind: 'loop-start' });
  const result = await ask<{ runs: number; latencies: number[] }>(child, {
    kind: 'runs',
    urls,
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
// Scenarios without a deliberate wait: the protocol-breaking ones (and server-drop-tcp) wait
// SETTLE_MS after the handshake on purpose, which would only measure that wait.
const mix = [
  'server-close-1000',
  'client-close-1000',
  'echo',
  'server-empty-close',
  'server-close-1012',
  'policy-violation',
].map((id) => `${ws}/demo/ws/${id}`);
// Below saturation first, before tens of thousands of closed connections sit in TIME_WAIT.
const demoLight = await throughput(mix, 10);
const settle = () => new Promise((r) => setTimeout(r, 1000));
await settle();
const bare = await bareServer();
const bareRuns = await throughput([`ws://127.0.0.1:${(bare.address() as AddressInfo).port}/`]);
await settle();
const demoSame = await throughput([`${ws}/demo/ws/server-close-1000`]);
await settle();
const demoMix = await throughput(mix);
bare.close();
server.kill('SIGTERM');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const rows: [string, string, string][] = [
  [`Idle sockets open`, `${opened.open}`, `${IDLE}`],
  ['RSS per idle socket', kb((after.rss - before.rss) / opened.open), ''],
  ['Heap per idle socket', kb((after.heap - before.heap) / opened.open), ''],
  [`Bare ws open→close(1000), runs/s (${CONCURRENCY} clients)`, bareRuns.perSecond.toFixed(0), ''],
  ['Demo server-close-1000, runs/s', demoSame.perSecond.toFixed(0), ''],
  ['Demo scenario mix, runs/s', demoMix.perSecond.toFixed(0), ''],
  ['Ratio demo (same scenario) / bare', (demoSame.perSecond / bareRuns.perSecond).toFixed(2), '≥ 0.80'],
  ['Ratio demo (mix) / bare', (demoMix.perSecond / bareRuns.perSecond).toFixed(2), '≥ 0.80'],
  ['Run latency p50 / p99, mix (loopback)', `${demoMix.p50.toFixed(1)} / ${demoMix.p99.toFixed(1)} ms`, 'p99 < 20 ms'],
  ['Run latency p99, bare', `${bareRuns.p99.toFixed(1)} ms`, ''],
  [
    'Run latency p50 / p99, mix, 10 clients',
    `${demoLight.p50.toFixed(1)} / ${demoLight.p99.toFixed(1)} ms`,
    'p99 < 20 ms',
  ],
  ['Event-loop delay p99 under the mix', `${demoMix.loopP99.toFixed(1)} ms`, ''],
];
const w = [52, 18, 12];
console.log(`\n| ${['Measure', 'Value', 'Target'].map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
console.log(`\nDuration per throughput run: ${DURATION} ms on ${(await import('node:os')).cpus().length} cores.`);
process.exit(0);
