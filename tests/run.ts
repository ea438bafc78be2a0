/**
 * `npm test`: builds the site, then runs every suite against the real build
 * and prints one total line: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

mkdirSync(`${ROOT}test-results`, { recursive: true });
rmSync(`${ROOT}test-results/summary.txt`, { force: true });

const built = step('build (astro build + Pagefind)', [bin('astro/bin/astro.mjs'), 'build']);
step('types (astro check)', [bin('astro/bin/astro.mjs'), 'check']);
step('types (tsc --noEmit)', [bin('typescript/bin/tsc'), '--noEmit', '-p', ROOT]);

// Unit, build-error, server and dist suites, through node:test with a TAP copy to count from.
const tap = `${ROOT}test-results/node.tap`;
rmSync(tap, { force: true });
run('node:test suites', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  'tests/unit/*.test.ts',
  'tests/build/*.test.ts',
  ...(built ? ['tests/dist/*.test.ts', 'tests/server/*.test.ts', 'tests/demo/*.test.ts'] : []),
]);
if (existsSync(tap)) {
  const text = readFileSync(tap, 'utf8');
  passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
} else failed++;

if (built) {
  const report = `${ROOT}test-results/e2e.json`;
  rmSync(report, { force: true });
  run('end-to-end (Playwright, Chromium)', [bin('@playwright/test/cli.js'), 'test'], {
    E2E_PORT: String(await freePort()),
  });
  if (existsSync(report)) {
    const stats = (
      JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } }
    ).stats;
    passed += stats.expected;
    failed += stats.unexpected + stats.flaky;
  } else failed++;
}

const total = `${passed} passed, ${failed} failed`;
writeFileSync(`${ROOT}test-results/summary.txt`, total);
console.log(`\n${total}`);
process.exit(failed > 0 ? 1 : 0);
