import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { ALL_CLIENTS } from '../../src/lab/clients/allClients.ts';
import { runLab, type LabRun } from '../../src/lab/runLab.ts';
import { diffObservations } from '../../src/lab/compareObservations.ts';
import { clientObservationsSchema, type ClientObservations } from '../../src/lab/observationSchema.ts';
import { DIST, requireBuild } from '../support/dist.ts';
import { ROOT } from '../support/content.ts';

let run: LabRun;
before(async () => {
  requireBuild();
  process.chdir(ROOT);
  run = await runLab(ALL_CLIENTS, DIST);
});

function committed(id: string): ClientObservations | undefined {
  const file = `${ROOT}content/observations/${id}.json`;
  return existsSync(file) ? clientObservationsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

for (const client of ALL_CLIENTS) {
  test(`the committed observations for ${client.id} still match what it does`, (t) => {
    const skipped = run.skipped.find((s) => s.id === client.id);
    if (skipped) {
      // Visible in the test output, never silent.
      console.log(`SKIPPED ${client.id}: ${skipped.reason}. Its committed data was not re-checked.`);
      t.skip(`${client.id} is not installed here: ${skipped.reason}`);
      return;
    }
    const fresh = run.files.find((f) => f.client.id === client.id)!;
    const differences = diffObservations(committed(client.id), fresh);
    assert.deepEqual(
      differences,
      [],
      `${fresh.client.name} no longer matches content/observations/${client.id}.json:\n  ${differences.join('\n  ')}\nRun \`npm run observe\` to re-measure, review the diff, and commit it.`,
    );
  });
}

test('the lab leaves no browser, driver or Xvfb process behind', async () => {
  const pattern = 'MiniBrowser|WebKitWebDriver|WebKitWebProcess|Xvfb|firefox-esr|/usr/lib/chromium/chromium';
  let left = '';
  // Browsers' helper processes take a moment to exit after the browser closes.
  for (let i = 0; i < 50; i++) {
    try {
      left = execFileSync('pgrep', ['-af', pattern], { encoding: 'utf8' }).trim();
    } catch {
      left = ''; // pgrep exits 1 when nothing matches
    }
    if (!left) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(left, '');
});

test('a changed observation is reported readably, with the command to fix it', () => {
  const base = committed('ws') ?? run.files.find((f) => f.client.id === 'ws')!;
  const changed = structuredClone(base);
  changed.client.version = 'ws 99.0.0';
  changed.results[0]!.code = 4999;
  const lines = diffObservations(base, changed);
  assert.equal(lines[0], `version: committed ${base.client.version}, installed ws 99.0.0`);
  assert.match(lines[1]!, new RegExp(`^${base.results[0]!.scenario}: code was \\d+, now 4999$`));
});
