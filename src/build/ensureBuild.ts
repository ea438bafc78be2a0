/** Build the site when `dist/` has no build or an older one: what `npm start` and `npm run observe` do first. */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { BUILD_STAMP, staleBuildInput } from './staleBuild.ts';

/** Run `astro build` in `root` when `force` is set, no build exists or it is stale; returns the exit status. */
export function ensureBuild(root: string, { force = false }: { force?: boolean } = {}): number {
  if (!force) {
    if (!existsSync(`${root}${BUILD_STAMP}`)) console.log('No build found in dist/: building the site first.');
    else {
      const changed = staleBuildInput(root);
      if (changed === null) return 0;
      console.log(`${changed} changed after the build in dist/: rebuilding the site first.`);
    }
  }
  const build = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  return build.status ?? 1;
}
