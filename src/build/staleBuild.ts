/** Whether the build in `dist/` is older than what it is built from: `npm start` rebuilds when it is. */
import { readdirSync, statSync } from 'node:fs';

/**
 * What the site is built from, relative to the project root. A file or folder here modified after the
 * build makes it stale; folders count so that a deleted or renamed file does too. `node_modules/` is
 * stood for by `package-lock.json`, and environment variables are not watched.
 */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

/** The file whose modification time is the build's: Astro writes it during every build. */
export const BUILD_STAMP = 'dist/index.html';

/** A path at or under `entry` modified after `time`, relative to `root`, or null; files are named before folders. */
function newerPath(root: string, entry: string, time: number): string | null {
  let stats;
  try {
    stats = statSync(`${root}${entry}`);
  } catch {
    // An input a project does not have (no public/ folder, say) is not a change.
    return null;
  }
  if (stats.isDirectory())
    for (const name of readdirSync(`${root}${entry}`)) {
      const found = newerPath(root, `${entry}/${name}`, time);
      if (found) return found;
    }
  // A folder is named only when none of its files is newer: something in it was deleted or renamed.
  return stats.mtimeMs > time ? entry : null;
}

/**
 * The first build input (its path relative to `root`) modified after the build in `root`'s `dist/`, or null
 * when the build is at least as new as every input. `root` ends with a slash; the build must exist.
 * It reads modification times only, so it costs one stat per input file.
 */
export function staleBuildInput(root: string): string | null {
  const builtAt = statSync(`${root}${BUILD_STAMP}`).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const found = newerPath(root, input, builtAt);
    if (found) return found;
  }
  return null;
}
