import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ALL_CLIENTS } from '../../src/lab/clients/allClients.ts';
import { runLab, type LabRun } from '../../src/lab/runLab.ts';
import { diffObservations } from '../../src/lab/compareObservations.ts';
import { markedEnv, newLabMarker, processesMarked } from '../../src/lab/labProcesses.ts';
import { readObservations } from '../../src/model/readContent.ts';
import { DIST, requireBuild } from '../support/dist.ts';
import { ROOT } from '../support/content.ts';

let run: LabRun;
before(async () => {
  requireBuild();
  process.chdir(ROOT);
  // One run per scenario: each fresh outcome must be one the committed data recorded.
  run = await runLab(ALL_CLIENTS, DIST, { runs: 1 });
});

const committed = new Map(readObservations().map((f) => [f.client.id, f]));

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
    const { notices, differences } = diffObservations(committed.get(client.id), fresh);
    for (const notice of notices) {
      console.log(`NOTICE ${client.id}: ${notice}`);
      t.diagnostic(notice);
    }
    assert.deepEqual(
      differences,
      [],
      `${fresh.client.name} ${fresh.client.version} no longer behaves as content/observations/${client.id}.json records:\n  ${differences.join('\n  ')}\nRun \`npm run observe\` to re-measure, review the diff, and commit it.`,
    );
  });
}

/** Wait until no process carries `marker`, or give up after `ms`; returns what is left. */
async function leftover(marker: string, ms: number): Promise<string[]> {
  let left = processesMarked(marker);
  // Browsers' helper processes take a moment to exit after the browser closes.
  for (let waited = 0; left.length > 0 && waited < ms; waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
    left = processesMarked(marker);
  }
  return left.map((p) => `${p.pid} ${p.command}`);
}

test('the lab leaves none of its own processes behind (browsers, drivers, Xvfb)', async () => {
  assert.deepEqual(await leftover(run.marker, 10_000), []);
});

test("the leak check finds a process the lab started and ignores everyone else's", async () => {
  const marker = newLabMarker();
  const ours = spawn(existsSync('/usr/bin/sleep') ? '/usr/bin/sleep' : 'sleep', ['30'], { env: markedEnv(marker) });
  const theirs = spawn('sleep', ['30']);
  try {
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(
      processesMarked(marker).map((p) => p.pid),
      [ours.pid],
    );
  } finally {
    ours.kill('SIGKILL');
    theirs.kill('SIGKILL');
  }
  assert.deepEqual(await leftover(marker, 2000), []);
});
