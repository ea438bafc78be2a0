/**
 * `npm start`: builds the site when no build exists, then serves the site
 * and the live demo on `PORT` (default 4321), the demo's TLS listener on
 * `DEMO_TLS_PORT` (default PORT+1). A bad setting stops it with one line
 * naming the variable. SIGTERM sends 1001 to every demo socket, writes every
 * close log line, and exits 0 within 5 s.
 */
import { fileURLToPath } from 'node:url';
import { startAppServer } from './appServer.ts';
import { ensureBuild } from '../build/ensureBuild.ts';
import { ConfigError, readConfig, type ServerConfig } from './config.ts';

let config: ServerConfig;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

const built = ensureBuild(root);
if (built !== 0) process.exit(built);

const app = await startAppServer(dist, config);
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
