import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/content.ts';
import type { ClientObservations } from '../../src/observations/observationSchema.ts';

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

/** Run `astro <command>` on the copy with one line of 1003.yaml replaced, then restore it. */
function withEdited1003(line: RegExp, replacement: string, command: string): { status: number | null; output: string } {
  const file = path.join(copy, 'content/codes/1003.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(line, replacement));
  try {
    return astro(command);
  } finally {
    writeFileSync(file, original);
  }
}

test('a code entry that breaks the schema fails with its file and field named', () => {
  const { status, output } = withEdited1003(/^reconnect: .*$/m, 'reconnect: "sometimes"', 'sync');
  assert.notEqual(status, 0);
  assert.match(output, /content\/codes\/1003\.yaml/);
  assert.match(output, /reconnect/);
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

test('an {obs:} reference to an unknown scenario fails the build with its file and field named', () => {
  const { status, output } = withEdited1003(
    /^reconnectNote: .*$/m,
    'reconnectNote: "Measured: {obs:no-such-scenario}."',
    'build',
  );
  assert.notEqual(status, 0);
  assert.match(output, /content\/codes\/1003\.yaml: field "reconnectNote": \{obs:no-such-scenario\}: unknown scenario/);
});

test('an unsourced claim about what clients do fails the build with its file and field named', () => {
  const { status, output } = withEdited1003(
    /^reconnectNote: .*$/m,
    'reconnectNote: "Browsers report 1003 as 1006 and wasClean is always false."',
    'build',
  );
  assert.notEqual(status, 0);
  assert.match(output, /content\/codes\/1003\.yaml: field "reconnectNote": .*"Browsers report 1003 as 1006/);
});

test('an unstable cell is published with each outcome and its count, on code pages, /clients/ and in prose', () => {
  const file = path.join(copy, 'content/observations/firefox.json');
  const original = readFileSync(file, 'utf8');
  const data = JSON.parse(original) as ClientObservations;
  const cell = data.results.find((r) => r.scenario === 'tls-untrusted')!;
  const outcome = cell.outcomes[0]!;
  cell.outcomes = [
    { ...outcome, count: data.runs - 1, code: 1015 },
    { ...outcome, count: 1, code: 1006 },
  ];
  writeFileSync(file, JSON.stringify(data));
  try {
    const { status, output } = astro('build');
    assert.equal(status, 0, output);
    const built = (p: string) => readFileSync(path.join(copy, 'dist', p), 'utf8');
    const codePage = built('codes/1015/index.html');
    assert.equal(codePage.match(/<tr data-unstable/g)?.length, 2);
    assert.match(codePage, new RegExp(`${data.runs - 1} of ${data.runs} runs`));
    // The prose reference on the 1015 page renders both outcomes and says the cell is unstable.
    assert.match(
      codePage,
      new RegExp(
        `Firefox ESR \\d+ reports 1015 in ${data.runs - 1} of ${data.runs} runs and 1006 in 1 of ${data.runs} runs \\(unstable\\)`,
      ),
    );
    const clients = built('clients/index.html');
    assert.match(clients, /data-unstable-cell="tls-untrusted\/firefox"/);
    assert.doesNotMatch(clients, /No cell varied between runs/);
  } finally {
    writeFileSync(file, original);
  }
});

test('observation counts that do not add up to the runs fail the build, naming the file', () => {
  const file = path.join(copy, 'content/observations/ws.json');
  const original = readFileSync(file, 'utf8');
  const data = JSON.parse(original) as ClientObservations;
  data.results[0]!.outcomes[0]!.count = data.runs + 1;
  writeFileSync(file, JSON.stringify(data));
  try {
    const { status, output } = astro('sync');
    assert.notEqual(status, 0);
    assert.match(output, /observations\/ws\.json|ws\.json/);
    assert.match(output, /outcome counts add up to/);
  } finally {
    writeFileSync(file, original);
  }
});

test('an English entry changed after its translation: the build names the stale Korean file once and shows the English', () => {
  const summary = 'The endpoint received a type of data it cannot accept (edited after translation).';
  const { status, output } = withEdited1003(/^summary: .*$/m, `summary: "${summary}"`, 'build');
  assert.equal(status, 0, output);
  const reports = output.match(/\[i18n\] content\/ko\/codes\/1003\.yaml: not used, the English is shown:\n\s+stale:/g);
  assert.equal(reports?.length, 1, output);
  assert.doesNotMatch(output, /\[i18n\] content\/ko\/codes\/(?!1003)/, 'only the edited entry is reported');
  const korean = readFileSync(path.join(copy, 'dist/ko/codes/1003/index.html'), 'utf8');
  assert.ok(korean.includes(summary), 'the Korean page falls back to the English text');
});
