/** Build the site when `dist/` has no build yet: what `npm start`, `npm run observe` and the benches do first. */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Run `astro build` in `root` unless `force` is false and `dist/index.html` exists; returns the exit status. */
export function ensureBuild(root: string, { force = false }: { force?: boolean } = {}): number {
  if (!force && existsSync(`${root}dist/index.html`)) return 0;
  if (!force) console.log('No build found in dist/: building the site first.');
  const build = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  return build.status ?? 1;
}
