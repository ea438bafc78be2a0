/**
 * `npm test`: builds the site, then runs every suite against the real build
 * and prints one total line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/build/freePort.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const bin = (pkg: string) => `${ROOT}node_modules/${pkg}`;
let passed = 0;
let failed = 0;

function run(label: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n=== ${label} ===`);
  const started = performance.now();
  const res = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`--- ${label}: exit ${res.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return res.status ?? 1;
}

/** A step that is one check: counts as one test. */
function step(label: string, args: string[]): boolean {
  const ok = run(label, args) === 0;
  if (ok) passed++;
  else failed++;
  return ok;
}

mkdirSync(`${ROOT}test-results`, { recursive: true });
rmSync(`${ROOT}test-results/summary.txt`, { force: true });

const built = step('build (astro build + Pagefind)', [bin('astro/bin/astro.mjs'), 'build']);
step('types (astro check)', [bin('astro/bin/astro.mjs'), 'check']);
step('types (tsc --noEmit)', [bin('typescript/bin/tsc'), '--noEmit', '-p', ROOT]);
step('dependency direction (dependency-cruiser, .astro included)', [`${ROOT}scripts/checkDependencies.ts`]);

/** node:test reporter arguments: spec on the console, TAP in a file to count from. */
function tapArgs(name: string): string[] {
  const file = `${ROOT}test-results/${name}.tap`;
  rmSync(file, { force: true });
  return [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${file}`,
  ];
}

/** Add a run's totals; a run that failed without reporting a failed test (it never started, or crashed) counts as one. */
function count(status: number, pass: number, fail: number): void {
  passed += pass;
  failed += fail > 0 || status === 0 ? fail : 1;
}

/** Add a node:test run's totals from its TAP file; no file counts as one failure. */
function countTap(status: number, name: string): void {
  const file = `${ROOT}test-results/${name}.tap`;
  if (!existsSync(file)) return count(1, 0, 0);
  const text = readFileSync(file, 'utf8');
  const tally = (key: string) => Number(new RegExp(`^# ${key} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  count(status, tally('pass'), tally('fail') + tally('cancelled'));
}

// Unit, build-error, first-run, server, demo and dist suites.
countTap(
  run('node:test suites', [
    '--test',
    ...tapArgs('node'),
    'tests/unit/*.test.ts',
    'tests/build/*.test.ts',
    'tests/firstRun/*.test.ts',
    ...(built ? ['tests/dist/*.test.ts', 'tests/server/*.test.ts', 'tests/demo/*.test.ts'] : []),
  ]),
  'node',
);

// The lab drives real browsers; it runs on its own so that nothing else competes with it,
// and so that its check for leftover processes sees only its own.
if (built)
  countTap(
    run('client behaviour lab (every installed client)', ['--test', ...tapArgs('lab'), 'tests/lab/*.test.ts']),
    'lab',
  );

// Lighthouse's runs are slow and load-sensitive: on their own too, after the lab.
if (built)
  countTap(
    run('Lighthouse (system Chromium, real server)', ['--test', ...tapArgs('lighthouse'), 'tests/audit/*.test.ts']),
    'lighthouse',
  );

// The production topology: nginx and demo instances on loopback ports, Chromium through them. On its own, like
// the lab: its timings and its instances' logs are its own. Without nginx every test says why it is skipped.
if (built)
  countTap(
    run('deployment (nginx, demo instances, Chromium)', ['--test', ...tapArgs('deploy'), 'tests/deploy/*.test.ts']),
    'deploy',
  );

if (built) {
  const report = `${ROOT}test-results/e2e.json`;
  rmSync(report, { force: true });
  const status = run('end-to-end (Playwright, Chromium)', [bin('@playwright/test/cli.js'), 'test'], {
    E2E_PORT: String(await freePort()),
  });
  if (existsSync(report)) {
    const stats = (
      JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } }
    ).stats;
    // A web server that never started leaves a report of nothing: the exit status still counts.
    count(status, stats.expected, stats.unexpected + stats.flaky);
  } else count(1, 0, 0);
}

const total = `${passed} passed, ${failed} failed`;
writeFileSync(`${ROOT}test-results/summary.txt`, total);
console.log(`\n${total}`);
process.exit(failed > 0 ? 1 : 0);
