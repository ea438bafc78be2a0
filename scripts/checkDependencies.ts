/**
 * `npm run check:deps`: checks the dependency direction of `src/`, `.astro`
 * files included, against the rules in `.dependency-cruiser.cjs`.
 *
 * dependency-cruiser cannot parse `.astro` files, so this mirrors `src/` into
 * a scratch directory where every `X.astro` becomes `X.astro.tsx`, converted
 * by Astro's own `@astrojs/astro2tsx` (frontmatter and template as TSX, each
 * `<script>` appended). An import of `./X.astro` then resolves to the mirror's
 * `X.astro.tsx`, so every rule applies to pages and components as it does to
 * TypeScript, and a violation names the real file.
 */
import { convertToTsx } from '@astrojs/astro2tsx';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { walk } from '../src/build/files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const mirror = mkdtempSync(path.join(tmpdir(), 'wscc-deps-'));

try {
  let astroFiles = 0;
  for (const file of walk(path.join(ROOT, 'src'))) {
    const from = path.join(ROOT, 'src', file);
    const to = path.join(mirror, 'src', file);
    mkdirSync(path.dirname(to), { recursive: true });
    if (!file.endsWith('.astro')) {
      copyFileSync(from, to);
      continue;
    }
    const tsx = convertToTsx(readFileSync(from, 'utf8'), { filename: path.basename(file) });
    const scripts = tsx.scripts.map((s) => s.content).join('\n');
    writeFileSync(`${to}.tsx`, `${tsx.code}\n${scripts}\n`);
    astroFiles++;
  }
  // The rules and the resolution are the repository's own; only the tree is the mirror.
  copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(mirror, '.dependency-cruiser.cjs'));
  copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(mirror, 'tsconfig.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(mirror, 'node_modules'), 'dir');

  console.log(`Checking src/ with ${astroFiles} .astro files converted to TSX.`);
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
      'src',
      '--config',
      '.dependency-cruiser.cjs',
    ],
    { cwd: mirror, stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(mirror, { recursive: true, force: true });
}
