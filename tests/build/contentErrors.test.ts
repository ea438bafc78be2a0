import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/content.ts';

// A throwaway copy of the project, so breaking content never touches the real files.
let copy: string;
before(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'wscc-content-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});
after(() => rmSync(copy, { recursive: true, force: true }));

function astro(command: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('a code entry that breaks the schema fails with its file and field named', () => {
  const file = path.join(copy, 'content/codes/1003.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^onTheWire: .*$/m, 'onTheWire: "sometimes"'));
  try {
    const { status, output } = astro('sync');
    assert.notEqual(status, 0);
    assert.match(output, /content\/codes\/1003\.yaml/);
    assert.match(output, /onTheWire/);
  } finally {
    writeFileSync(file, original);
  }
});

test('a comparison naming an unknown code fails the build with its file and field named', () => {
  const file = path.join(copy, 'content/pairs/1000-vs-1099.yaml');
  const text = readFileSync(path.join(copy, 'content/pairs/1000-vs-1001.yaml'), 'utf8').replace(
    /^b: 1001$/m,
    'b: 1099',
  );
  writeFileSync(file, text);
  try {
    const { status, output } = astro('build');
    assert.notEqual(status, 0);
    assert.match(output, /content\/pairs\/1000-vs-1099\.yaml: field "b": unknown code 1099/);
  } finally {
    rmSync(file);
  }
});
