/**
 * The production topology on loopback, for the tests and `bench:topology`: `node deploy/start.ts` (the
 * operator's command) with a throwaway certificate, on free ports, and what it logged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { freePort } from '../src/build/freePort.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Whether a listener could take `port` on loopback now. */
function isFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A throwaway certificate for `localhost` and 127.0.0.1, and its key, as PEM files in `dir`. */
export async function throwawayCertificate(dir: string): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  writeFileSync(cert, pems.cert);
  writeFileSync(key, pems.private, { mode: 0o600 });
  return { cert, key };
}

/** `count` consecutive free ports, for the instances (`DEPLOY_INSTANCE_PORT` and up). */
async function freeRun(count: number): Promise<number> {
  for (;;) {
    const first = await freePort();
    if (first + count > 65535) continue;
    const ports = Array.from({ length: count }, (_, i) => first + i);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return first;
  }
}

/** One line of nginx's access log (`log_format wscc_json` in deploy/nginxConf.ts). */
export interface AccessEntry {
  client: string;
  method: string;
  uri: string;
  status: number;
  run: string;
  upstream: string;
  xff: string;
}

/** A running deployment. */
export interface Deployment {
  /** `https://localhost:<port>`, the public origin. */
  origin: string;
  /** `http://localhost:<port>`, the plain-HTTP port that redirects. */
  httpOrigin: string;
  /** The HTTPS port. */
  httpsPort: number;
  /** The certificate's PEM file (its own trust anchor). */
  certFile: string;
  /** The instances' `host:port` and pid, as the ready line names them. */
  instances: { name: string; pid: number }[];
  /** The `deploy/start.ts` process. */
  child: ChildProcess;
  /** Everything it printed so far (its own lines, nginx's and the instances', prefixed `[demo host:port]`). */
  output(): string;
  /** nginx's access log so far. */
  accessLog(): AccessEntry[];
  /** The instance logs' JSON lines so far, with the instance that wrote each. */
  instanceLog(): (Record<string, unknown> & { instance: string })[];
  /** Resolve when the output has a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM it (it stops nginx and drains the instances) and remove its files. */
  stop(): Promise<void>;
}

/** Start `node deploy/start.ts` with `instances` instances; `env` is added to its environment. */
export async function startDeployment(instances = 2, env: Record<string, string> = {}): Promise<Deployment> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wscc-deploy-test-'));
  const { cert, key } = await throwawayCertificate(dir);
  const httpsPort = await freePort();
  const httpPort = await freePort();
  const origin = `https://localhost:${httpsPort}`;
  const child = spawn(process.execPath, [`${ROOT}deploy/start.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PUBLIC_ORIGIN: origin,
      DEPLOY_TLS_CERT: cert,
      DEPLOY_TLS_KEY: key,
      DEPLOY_LISTEN: '127.0.0.1',
      DEPLOY_HTTPS_PORT: String(httpsPort),
      DEPLOY_HTTP_PORT: String(httpPort),
      DEPLOY_INSTANCES: String(instances),
      DEPLOY_INSTANCE_PORT: String(await freeRun(instances)),
      DEPLOY_DIR: path.join(dir, 'nginx'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(out);
        if (match) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(match[0]);
        } else if (child.exitCode !== null) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`deploy/start.ts exited with ${child.exitCode}:\n${out}`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${out}`));
      }, timeoutMs);
      waiters.add(check);
      child.once('exit', check);
      check();
    });
  const ready = await waitFor(/^Serving https:\/\/.* demo instances: (.*)$/m);
  const list = /demo instances: (.*)$/.exec(ready)![1]!;
  return {
    origin,
    httpOrigin: `http://localhost:${httpPort}`,
    httpsPort,
    certFile: cert,
    instances: [...list.matchAll(/(\S+) \(pid (\d+)\)/g)].map((m) => ({ name: m[1]!, pid: Number(m[2]) })),
    child,
    output: () => out,
    accessLog: () =>
      readFileSync(path.join(dir, 'nginx', 'access.log'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AccessEntry),
    instanceLog: () =>
      [...out.matchAll(/^\[demo (\S+)\] (\{.*\})$/gm)].map((m) => ({
        ...(JSON.parse(m[2]!) as Record<string, unknown>),
        instance: m[1]!,
      })),
    waitFor,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Make this process trust `certFile` as well as the usual roots, for `fetch`, `WebSocket` and `ws` alike. */
export function trustCertificate(certFile: string): void {
  setDefaultCACertificates([...getCACertificates('default'), readFileSync(certFile, 'utf8')]);
}
