/**
 * `npm run deploy` (`node deploy/start.ts`): the production topology on one machine, in the foreground. nginx
 * terminates TLS, redirects plain HTTP, serves `dist/` with `npm start`'s headers and proxies the demo to
 * `DEPLOY_INSTANCES` demo-only instances, each `npm start` with `DEMO_ONLY=1`. nginx runs unprivileged from a
 * prefix of its own (`DEPLOY_DIR`, default a new temporary folder): its configuration, pid, temporary files and
 * `access.log` (JSON lines naming each request's run id and instance) are there.
 *
 * A bad setting stops it with one line before anything starts. SIGHUP restarts the instances one at a time (a
 * rolling restart: each drains, its sockets get 1001, and the next waits until it serves again); SIGTERM or
 * SIGINT stops nginx gracefully and drains every instance.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from '../src/build/ensureBuild.ts';
import { ConfigError } from '../src/server/config.ts';
import { readDeployConfig, type DeployConfig } from './deployConfig.ts';
import { exitOnConfigError } from './exitOnConfigError.ts';
import {
  instanceEnv,
  instanceSettings,
  nameOf,
  startInstance,
  stopInstance,
  type RunningInstance,
} from './instances.ts';
import { FAIL_TIMEOUT_S, renderMainConf } from './nginxConf.ts';
import { findNginx } from './findNginx.ts';
import { checkNginxPorts } from './checkPorts.ts';
import { ROOT, siteConfFor } from './renderNginxConf.ts';

const COMMAND = 'deploy';

let config: DeployConfig;
let nginxBinary: string;
try {
  config = readDeployConfig();
  // Before the build, which can take a while: an instance's bad setting is known now.
  instanceSettings(config, process.env);
  nginxBinary = findNginx(process.env);
  await checkNginxPorts(config);
} catch (error) {
  exitOnConfigError(COMMAND, error);
}

const built = ensureBuild(ROOT);
if (built !== 0) process.exit(built);

const prefix = path.resolve(process.env['DEPLOY_DIR'] || mkdtempSync(path.join(tmpdir(), 'wscc-nginx-')));
mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
const siteConf = path.join(prefix, 'wscc.conf');
const mainConf = path.join(prefix, 'nginx.conf');
try {
  writeFileSync(siteConf, siteConfFor(config, process.env, path.join(prefix, 'access.log')));
} catch (error) {
  exitOnConfigError(COMMAND, error);
}
writeFileSync(mainConf, renderMainConf({ prefix, siteConf }));
const nginxArgs = ['-p', prefix, '-c', mainConf, '-e', 'stderr'];

// nginx checks certificates, keys and the configuration without binding: its first complaint is the line to show.
const check = spawnSync(nginxBinary, [...nginxArgs, '-t'], { encoding: 'utf8' });
if (check.status !== 0) {
  const complaint = check.stderr.split('\n').find((l) => /\[emerg\]/.test(l)) ?? check.stderr.trim();
  exitOnConfigError(
    COMMAND,
    new ConfigError(`nginx refused the configuration: ${complaint.replace(/^.*\[emerg\] /, '')}`),
  );
}

const running = new Map<string, RunningInstance>();
const start = async (instance: DeployConfig['instances'][number]) => {
  const r = await startInstance(ROOT, instance, instanceEnv(config, instance, process.env));
  running.set(nameOf(instance), r);
  void r.exited.then((code) => {
    if (!stopping) console.log(`${COMMAND}: demo ${nameOf(instance)} (pid ${r.child.pid}) exited with ${code}`);
  });
  return r;
};
let stopping = false;

/** Stop nginx (gracefully: it finishes what it serves), then drain every instance; exit with `code`. */
async function stopAll(code: number): Promise<never> {
  stopping = true;
  if (nginx.exitCode === null) {
    nginx.kill('SIGQUIT');
    // Open WebSockets keep a gracefully stopping nginx alive: the instances' 1001 is what ends them.
  }
  await Promise.all([...running.values()].map(stopInstance));
  if (nginx.exitCode === null) {
    const exited = once(nginx, 'exit');
    setTimeout(() => nginx.kill('SIGTERM'), 2000).unref();
    await exited;
  }
  process.exit(code);
}

let nginx: ChildProcess;
try {
  await Promise.all(config.instances.map(start));
} catch (error) {
  console.error(`${COMMAND}: ${error instanceof Error ? error.message : String(error)}`);
  await Promise.all([...running.values()].map(stopInstance));
  process.exit(1);
}
nginx = spawn(nginxBinary, nginxArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
nginx.once('exit', (code) => {
  if (stopping) return;
  console.error(`${COMMAND}: nginx exited with ${code}`);
  void stopAll(1);
});
// nginx that exits instead (a port it cannot bind) has said why, and its exit handler stops the rest.
if (!(await waitForPort(config.httpsPort, config.listen ?? '127.0.0.1'))) await new Promise(() => undefined);

const instances = [...running.values()].map((r) => `${nameOf(r.instance)} (pid ${r.child.pid})`).join(', ');
console.log(
  `Serving ${config.publicOrigin.origin}/ through nginx (pid ${nginx.pid}, ${prefix}); demo instances: ${instances}`,
);

// Rolling restart: one instance at a time, so the others keep serving; nginx moves new runs off the stopped one.
let restarting: Promise<void> = Promise.resolve();
process.on('SIGHUP', () => {
  restarting = restarting.then(async () => {
    // Instances that are down first: stopping a live one while another is down could leave none.
    const isDown = (i: (typeof config.instances)[number]) => running.get(nameOf(i))?.child.exitCode !== null;
    const order = [...config.instances.filter(isDown), ...config.instances.filter((i) => !isDown(i))];
    for (const instance of order) {
      const old = running.get(nameOf(instance));
      if (old) await stopInstance(old);
      if (stopping) return;
      const fresh = await start(instance);
      console.log(`${COMMAND}: restarted demo ${nameOf(instance)} (pid ${fresh.child.pid})`);
      // nginx sends it nothing until its failures from the restart are FAIL_TIMEOUT_S old (nginx counts in whole
      // seconds, hence the margin); stopping the next one before then could leave no instance for a run.
      await new Promise((resolve) => setTimeout(resolve, (FAIL_TIMEOUT_S + 2) * 1000));
    }
    console.log(`${COMMAND}: rolling restart done`);
  });
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stopAll(0));

/** Resolve with true once something accepts connections on `port`, with false if nginx exits first. */
async function waitForPort(port: number, host: string): Promise<boolean> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host);
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return true;
    if (nginx.exitCode !== null) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
