import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/content.ts';

/** The scripts a newcomer runs first, as typed; each must refuse an unsupported Node with one line. */
const FIRST_SCRIPTS = { start: 'npm start', test: 'npm test', dev: 'npm run dev' };
/** Debian's Node, which is older than the project's. */
const SYSTEM_NODE = '/usr/bin/node';
const CHECK = 'node scripts/requireNode.cjs';

const pinned = readFileSync(`${ROOT}.nvmrc`, 'utf8').trim();
const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The version of `/usr/bin/node`, or why it cannot stand for an unsupported Node here. */
function systemNode(): { version: string } | { skip: string } {
  const run = spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return { skip: `${SYSTEM_NODE} cannot run here (install Debian's nodejs)` };
  const version = run.stdout.trim();
  if (version.split('.')[0] === pinned.split('.')[0])
    return { skip: `${SYSTEM_NODE} is Node ${version}, a supported version, so it cannot show the refusal` };
  return { version };
}

for (const [name, typed] of Object.entries(FIRST_SCRIPTS)) {
  test(`${typed} on an unsupported Node prints one line naming both versions and the README, and exits 1`, (t) => {
    const node = systemNode();
    if ('skip' in node) return t.skip(node.skip);
    assert.ok(scripts[name]?.startsWith(`${CHECK} && `), `${typed} runs the check first: ${scripts[name]}`);
    // Run the script's own command line the way npm does, with Debian's Node first on PATH.
    const bin = mkdtempSync(path.join(tmpdir(), 'wscc-oldnode-'));
    t.after(() => rmSync(bin, { recursive: true, force: true }));
    symlinkSync(SYSTEM_NODE, path.join(bin, 'node'));
    const run = spawnSync('sh', ['-c', scripts[name]!], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}:${ROOT}node_modules/.bin:${process.env['PATH']}` },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 1, `exit status (stderr: ${run.stderr})`);
    assert.equal(run.stdout, '');
    const lines = run.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    const [line] = lines as [string];
    for (const part of [`Node ${pinned.split('.')[0]}.x`, pinned, `found ${node.version}`, 'README.md'])
      assert.ok(line.includes(part), `"${line}" names ${part}`);
  });
}

test("a Node of .nvmrc's major passes the check silently", () => {
  assert.equal(process.versions.node.split('.')[0], pinned.split('.')[0], 'this test runs on a supported Node');
  const run = spawnSync(process.execPath, [`${ROOT}scripts/requireNode.cjs`], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout + run.stderr, '');
});
