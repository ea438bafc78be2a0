/**
 * The load generator of `bench:server`, in its own process so that client
 * work does not count against the server. Driven over IPC.
 */
import { connect } from 'node:net';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import WebSocket from 'ws';
import type { PublishedScenario } from '../../src/scenarios/published.ts';
import { runScenario, type WebSocketConstructor } from '../../src/scenarios/runScenario.ts';

/** Open `count` idle sockets to `url` and keep them open. */
interface IdleJob {
  kind: 'idle';
  url: string;
  count: number;
}
/** Run scenarios (round robin) through the shared client runner with `concurrency` clients for `durationMs`. */
interface RunsJob {
  kind: 'runs';
  /** Published scenarios; `url` may point at another server (the bare `ws` baseline). */
  scenarios: PublishedScenario[];
  /** The demo's origin, for same-origin scenario paths. */
  origin: string;
  concurrency: number;
  durationMs: number;
  /** Source address, so each phase has its own ephemeral ports (TIME_WAIT from one phase would stall the next). */
  localAddress: string;
  /**
   * Fetch each run's record afterwards, as the widget does; the latency is then the whole run's, socket and
   * record. Without it, the socket's alone (creation to close).
   */
  withRecord?: boolean;
  /** At most this many runs, whatever the time left. */
  maxRuns?: number;
  /** A PEM certificate to trust besides the usual roots (a local HTTPS origin's throwaway one). */
  ca?: string;
}
/**
 * The wire-tap attack: one socket at a time claims a 2^40-byte frame, then
 * floods junk until the server drops it, and starts over, for `durationMs`.
 */
interface TapAttackJob {
  kind: 'tap-attack';
  port: number;
  path: string;
  durationMs: number;
}
/** A job from the parent. */
export type Job = IdleJob | RunsJob | TapAttackJob | { kind: 'stop' };

const idle: WebSocket[] = [];

function openOne(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** The `ws` client bound to one source address, as the runner's WebSocket. */
function boundClient(localAddress: string): WebSocketConstructor {
  return class extends WebSocket {
    constructor(url: string) {
      super(url, { perMessageDeflate: false, localAddress });
    }
  } as unknown as WebSocketConstructor;
}

/** One run of a scenario as the catalog describes it; resolves with its latency in ms, or null when it failed. */
async function cycle(
  s: PublishedScenario,
  origin: string,
  Socket: WebSocketConstructor,
  withRecord: boolean,
): Promise<number | null> {
  const started = performance.now();
  const { events, record } = await runScenario(s, origin, {}, Socket, { withRecord });
  if (withRecord) return record ? performance.now() - started : null;
  return events.find((e) => e.type === 'close')?.at ?? events.at(-1)?.at ?? 0;
}

async function runs(job: RunsJob): Promise<{ runs: number; latencies: number[]; failed: number; elapsedMs: number }> {
  if (job.ca) setDefaultCACertificates([...getCACertificates('default'), job.ca]);
  const latencies: number[] = [];
  let failed = 0;
  const Socket = boundClient(job.localAddress);
  const started = performance.now();
  const deadline = started + job.durationMs;
  const max = job.maxRuns ?? Infinity;
  let next = 0;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (performance.now() < deadline && next < max) {
        const latency = await cycle(
          job.scenarios[next++ % job.scenarios.length]!,
          job.origin,
          Socket,
          !!job.withRecord,
        );
        if (latency === null) failed++;
        else latencies.push(latency);
      }
    }),
  );
  return { runs: latencies.length, latencies, failed, elapsedMs: performance.now() - started };
}

/** A frame header claiming 2^40 bytes of masked binary payload (RFC 6455 §5.2), then its mask key. */
const HUGE_FRAME_HEADER = Buffer.from([0x82, 0xff, 0, 0, 1, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
const JUNK = Buffer.alloc(64 * 1024, 0x61);

/** One attack socket: handshake, the huge header, then junk until the server drops it or time is up. */
function attackOnce(port: number, path: string, deadline: number): Promise<number> {
  return new Promise((resolve) => {
    let sent = 0;
    const socket = connect(port, '127.0.0.1');
    const done = () => {
      socket.destroy();
      resolve(sent);
    };
    socket.on('error', done);
    socket.on('close', done);
    socket.once('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      ),
    );
    socket.once('data', () => {
      socket.write(HUGE_FRAME_HEADER);
      const pump = () => {
        while (performance.now() < deadline && !socket.destroyed) {
          sent += JUNK.length;
          if (!socket.write(JUNK)) return void socket.once('drain', pump);
        }
        done();
      };
      pump();
    });
  });
}

async function tapAttack(job: TapAttackJob): Promise<{ sockets: number; bytes: number }> {
  const deadline = performance.now() + job.durationMs;
  let sockets = 0;
  let bytes = 0;
  while (performance.now() < deadline) {
    sockets++;
    bytes += await attackOnce(job.port, job.path, deadline);
  }
  return { sockets, bytes };
}

process.on('message', async (job: Job) => {
  if (job.kind === 'idle') {
    for (let i = 0; i < job.count; i += 200) {
      const batch = await Promise.all(Array.from({ length: Math.min(200, job.count - i) }, () => openOne(job.url)));
      idle.push(...batch);
    }
    process.send!({ kind: 'idle', open: idle.length });
  } else if (job.kind === 'runs') {
    process.send!({ kind: 'runs', ...(await runs(job)) });
  } else if (job.kind === 'tap-attack') {
    process.send!({ kind: 'tap-attack', ...(await tapAttack(job)) });
  } else {
    for (const ws of idle) ws.terminate();
    process.exit(0);
  }
});
