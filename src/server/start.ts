/**
 * `npm start`: builds the site when no build exists, then serves it on
 * `PORT` (default 4321).
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createSiteHandler } from './siteHandler.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

if (!existsSync(`${dist}index.html`)) {
  console.log('No build found in dist/: building the site first.');
  const build = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env['PORT'] ?? 4321);
const server = createServer(createSiteHandler(dist));
server.listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving http://localhost:${actual}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
