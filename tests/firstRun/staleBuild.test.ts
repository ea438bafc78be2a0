import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_STAMP, staleBuildInput } from '../../src/build/staleBuild.ts';

/** When the scratch build was made, in seconds: an hour ago, so that "now" is clearly after it. */
const BUILT = Date.now() / 1000 - 3600;

/** A scratch project with one file in every input folder and every input file, all older than its build. */
function project(t: { after(fn: () => void): void }): string {
  const root = `${mkdtempSync(path.join(tmpdir(), 'wscc-stale-'))}/`;
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const files = [BUILD_STAMP, 'src/pages/index.astro', 'content/codes/1000.yaml', 'public/favicon.svg'];
  files.push('astro.config.mjs', 'tsconfig.json', 'package-lock.json');
  for (const file of files) {
    mkdirSync(path.dirname(`${root}${file}`), { recursive: true });
    writeFileSync(`${root}${file}`, '');
  }
  // Every input file and folder an hour older than the build, deepest first; then the build's own stamp.
  for (const file of files.slice(1))
    for (let entry = file; entry !== '.'; entry = path.dirname(entry)) touch(root, entry, BUILT - 3600);
  touch(root, BUILD_STAMP, BUILT);
  return root;
}

function touch(root: string, entry: string, seconds: number): void {
  utimesSync(`${root}${entry}`, seconds, seconds);
}

test('a build newer than every input is fresh', (t) => {
  assert.equal(staleBuildInput(project(t)), null);
});

test('a source file changed after the build makes it stale, and is named', (t) => {
  const root = project(t);
  touch(root, 'src/pages/index.astro', BUILT + 1);
  assert.equal(staleBuildInput(root), 'src/pages/index.astro');
});

test('a file added after the build is named rather than its folder', (t) => {
  const root = project(t);
  writeFileSync(`${root}content/codes/1001.yaml`, '');
  assert.equal(staleBuildInput(root), 'content/codes/1001.yaml');
});

test('a content file deleted after the build makes it stale through its folder', (t) => {
  const root = project(t);
  rmSync(`${root}content/codes/1000.yaml`);
  assert.equal(staleBuildInput(root), 'content/codes');
});

test('public files, the Astro config and the lockfile count as inputs', (t) => {
  for (const input of ['public/favicon.svg', 'astro.config.mjs', 'package-lock.json']) {
    const root = project(t);
    touch(root, input, BUILT + 1);
    assert.equal(staleBuildInput(root), input);
  }
});

test('a file outside the inputs does not make the build stale', (t) => {
  const root = project(t);
  writeFileSync(`${root}README.md`, 'changed after the build');
  mkdirSync(`${root}test-results`);
  assert.equal(staleBuildInput(root), null);
});

test('an input the project does not have is not a change', (t) => {
  const root = project(t);
  rmSync(`${root}public`, { recursive: true });
  assert.equal(staleBuildInput(root), null);
});
