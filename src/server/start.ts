/**
 * `npm start`: builds the site when no build exists or an input is newer than
 * it, then serves the site and the live demo on `PORT` (default 4321), the
 * demo's TLS listener on `DEMO_TLS_PORT` (default PORT+1); with `DEMO_ONLY=1`,
 * the demo alone, with no build. A bad setting, or a port that is taken, stops
 * it with one line naming the variable. SIGTERM drains: the listeners close,
 * `/healthz` answers 503, every demo socket gets 1001, every close log line is
 * written, and the process exits 0 within 5 s.
 */
import { fileURLToPath } from 'node:url';
import { startAppServer } from './appServer.ts';
import { ensureBuild } from '../build/ensureBuild.ts';
import { ConfigError, readConfig, type ServerConfig } from './config.ts';
import { checkPorts } from './listen.ts';

/** Stop with the one line a `ConfigError` carries; anything else is a bug and keeps its stack trace. */
function stop(error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

let config: ServerConfig;
try {
  config = readConfig();
  // Before the build, which can take a while: a taken port is known now.
  await checkPorts(config);
} catch (error) {
  stop(error);
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// A demo-only instance serves no file of the site, so it needs no build.
if (config.demoOnly) console.log('DEMO_ONLY=1: serving the demo and /healthz only.');
else {
  const built = ensureBuild(root);
  if (built !== 0) process.exit(built);
}

const app = await startAppServer(dist, config).catch(stop);
console.log(`Serving http://localhost:${app.port}/${app.tlsPort ? ` (demo TLS listener on ${app.tlsPort})` : ''}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Exit within 5 s whatever happens.
    setTimeout(() => process.exit(0), 4500).unref();
    // Exit once stdout has taken every log line: a pipe is written asynchronously.
    void app.shutdown().then(() => process.stdout.write('', () => process.exit(0)));
  });
}
