/** Starts the real `npm start` server on an ephemeral port: for tests, screenshots and audits. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A running server and how to reach and stop it. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Port of the demo's TLS listener, or null when it is off. */
  tlsPort: number | null;
  /** The server process. */
  child: ChildProcess;
  /** Resident memory of the server process now, in bytes (from /proc). */
  rss(): number;
  /** Stop the server and wait for it to exit. */
  stop(): Promise<void>;
}

/** Start `src/server/start.ts` of the project at `root` (this one by default) with `PORT=0` and wait until it prints its address. */
export function startServer(env: Record<string, string> = {}, root = ROOT): Promise<RunningServer> {
  const child = spawn(process.execPath, [`${root}src/server/start.ts`], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Serving http:\/\/localhost:(\d+)\/(?: \(demo TLS listener on (\d+)\))?/.exec(out);
      if (!match) return;
      // Once only: later output (log lines) must not touch listeners a test added.
      child.stdout!.removeListener('data', onData);
      child.removeAllListeners('exit');
      resolve({
        origin: `http://127.0.0.1:${match[1]}`,
        tlsPort: match[2] ? Number(match[2]) : null,
        child,
        rss: () =>
          Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
  });
}
