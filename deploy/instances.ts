/** The demo instances behind nginx: what each is told, and starting and stopping them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { readConfig, type ServerConfig } from '../src/server/config.ts';
import type { DeployConfig, Instance } from './deployConfig.ts';

/**
 * The environment of one instance: the demo alone on its port (no build, no site), no TLS listener of its own
 * (nginx terminates TLS, and the instance's port is not public), `X-Forwarded-*` believed from nginx's address
 * only, and the public origin for its catalog, its CSP and its Origin allowlist. Everything else (caps, idle
 * timeout, logging) comes from the operator's environment.
 */
export function instanceEnv(config: DeployConfig, instance: Instance, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    DEMO_ONLY: '1',
    PORT: String(instance.port),
    DEMO_TLS_PORT: 'off',
    // nginx reaches the instance on loopback, so that is the address its connections come from.
    TRUST_PROXY: `${instance.host}/32`,
    PUBLIC_ORIGIN: config.publicOrigin.origin,
  };
}

/** Every instance's settings, read by `npm start`'s own rules: throws the `ConfigError` it would stop with. */
export function instanceSettings(config: DeployConfig, env: NodeJS.ProcessEnv): ServerConfig[] {
  return config.instances.map((i) => readConfig(instanceEnv(config, i, env)));
}

/** A running instance. */
export interface RunningInstance {
  /** Where it listens. */
  instance: Instance;
  /** Its process. */
  child: ChildProcess;
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
}

/** `host:port` of an instance, as logs and nginx name it. */
export const nameOf = (i: Instance): string => `${i.host}:${i.port}`;

/**
 * Start `node src/server/start.ts` (what `npm start` runs) for `instance`, its output prefixed with its name;
 * resolves once it serves, rejects with its last line if it exits first.
 */
export function startInstance(root: string, instance: Instance, env: NodeJS.ProcessEnv): Promise<RunningInstance> {
  const child = spawn(process.execPath, [`${root}src/server/start.ts`], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const prefix = `[demo ${nameOf(instance)}]`;
  let last = '';
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      last = line;
      process.stderr.write(`${prefix} ${line}\n`);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      process.stdout.write(`${prefix} ${line}\n`);
      if (line.startsWith('Serving ')) resolve({ instance, child, exited });
    });
    void exited.then((code) => reject(new Error(`demo ${nameOf(instance)} exited with ${code}: ${last}`)));
  });
}

/** SIGTERM an instance (it drains: 1001 to its sockets, exit within 5 s) and wait for it to exit. */
export async function stopInstance(running: RunningInstance): Promise<void> {
  if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGTERM');
  await running.exited;
}
