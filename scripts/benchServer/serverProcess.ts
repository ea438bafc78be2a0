/**
 * The demo server under test, in its own process as `npm start` runs it, so
 * that the bench's own work (timers, bookkeeping, the bare server) never
 * shares its event loop. Driven over IPC: reports its port, its memory
 * (after GC), its open demo sockets, and its event-loop delay.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startAppServer } from '../../src/server/appServer.ts';
import { readConfig } from '../../src/server/config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const sockets = Number(process.env['IDLE_SOCKETS'] ?? 5000);
const app = await startAppServer(`${ROOT}dist/`, {
  ...readConfig({}),
  port: 0,
  tlsPort: null,
  log: false,
  limits: { perIpSockets: sockets + 1000, globalSockets: sockets + 1000, perIpRunsPerMinute: 10_000_000 },
});
const gc = (globalThis as { gc?: () => void }).gc;
const loop = monitorEventLoopDelay({ resolution: 1 });

/** A request from the bench. */
type Ask = { kind: 'memory' } | { kind: 'open' } | { kind: 'loop-start' } | { kind: 'loop-stop' };

process.on('message', async (ask: Ask) => {
  if (ask.kind === 'memory') {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((r) => setTimeout(r, 100));
    }
    const m = process.memoryUsage();
    process.send!({ rss: m.rss, heap: m.heapUsed });
  } else if (ask.kind === 'open') process.send!({ open: app.demo.openSockets() });
  else if (ask.kind === 'loop-start') {
    loop.reset();
    loop.enable();
    process.send!({});
  } else {
    loop.disable();
    process.send!({ p99: loop.percentile(99) / 1e6 });
  }
});
process.send!({ port: app.port });
