import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ROOT } from '../support/content.ts';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const table = /## What is where\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const named = [...table.matchAll(/`((?:src|content|scripts|tests)\/[^`]*)`/g)].map((m) => m[1]!);

test('"What is where" names only paths that exist', () => {
  assert.ok(named.length > 10, 'the table was found');
  assert.deepEqual(
    named.filter((p) => !existsSync(`${ROOT}${p}`)),
    [],
  );
});

test('"What is where" names every folder and file at the top of src/', () => {
  const entries = readdirSync(`${ROOT}src`, { withFileTypes: true }).map(
    (e) => `src/${e.name}${e.isDirectory() ? '/' : ''}`,
  );
  assert.deepEqual(
    entries.filter((e) => !named.includes(e)),
    [],
  );
});
