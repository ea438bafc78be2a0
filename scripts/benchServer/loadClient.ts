/**
 * The load generator of `bench:server`, in its own process so that client
 * work does not count against the server. Driven over IPC.
 */
import WebSocket from 'ws';

/** Open `count` idle sockets to `url` and keep them open. */
interface IdleJob {
  kind: 'idle';
  url: string;
  count: number;
}
/** Run open→close cycles over `urls` (round robin) with `concurrency` clients for `durationMs`. */
interface RunsJob {
  kind: 'runs';
  urls: string[];
  concurrency: number;
  durationMs: number;
  /** Source address, so each phase has its own ephemeral ports (TIME_WAIT from one phase would stall the next). */
  localAddress: string;
}
/** A job from the parent. */
export type Job = IdleJob | RunsJob | { kind: 'stop' };

const idle: WebSocket[] = [];

function openOne(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** One open→close cycle; resolves with its latency in ms. */
function cycle(url: string, localAddress: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { perMessageDeflate: false, localAddress });
    ws.once('open', () => {
      // Scenarios the client drives: close or send right away, as the catalog says.
      if (url.includes('/client-close-')) ws.close(1000);
      if (url.includes('/policy-violation')) ws.send('no token here');
      if (url.includes('/echo')) {
        ws.send('ping');
        ws.once('message', () => ws.close(1000));
      }
    });
    ws.on('error', () => undefined);
    ws.once('close', () => resolve(performance.now() - started));
  });
}

async function runs(job: RunsJob): Promise<{ runs: number; latencies: number[] }> {
  const latencies: number[] = [];
  const deadline = performance.now() + job.durationMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (performance.now() < deadline)
        latencies.push(await cycle(job.urls[next++ % job.urls.length]!, job.localAddress));
    }),
  );
  return { runs: latencies.length, latencies };
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
  } else {
    for (const ws of idle) ws.terminate();
    process.exit(0);
  }
});
