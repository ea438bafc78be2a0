/**
 * `npm run observe`: measures every installed client in every scenario,
 * `PUBLISHED_RUNS` times each, and writes `content/observations/<client>.json`.
 * When a client's version and the scenarios are unchanged, the new runs are
 * added to the committed ones (`--fresh` starts over); `--client=<id>`
 * measures only that client. Builds the site first if needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_CLIENTS } from './clients/allClients.ts';
import { ensureBuild } from '../build/ensureBuild.ts';
import { runLab } from './runLab.ts';
import { summarize } from './summary.ts';
import { accumulate } from './accumulate.ts';
import { readObservations } from '../model/readContent.ts';

/** Runs per scenario and client: enough for a cell that varies between runs to show it. */
const PUBLISHED_RUNS = 3;

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = ensureBuild(root);
if (built !== 0) process.exit(built);
process.chdir(root);
const started = performance.now();
// `--client=<id>` (repeatable) measures only those clients; the others' files are left as they are.
const only = process.argv.filter((a) => a.startsWith('--client=')).map((a) => a.slice('--client='.length));
const clients = only.length ? ALL_CLIENTS.filter((c) => only.includes(c.id)) : ALL_CLIENTS;
if (clients.length < only.length) {
  console.error(`Unknown client in ${only.join(', ')}; known: ${ALL_CLIENTS.map((c) => c.id).join(', ')}`);
  process.exit(2);
}
const run = await runLab(clients, `${root}dist/`, { runs: PUBLISHED_RUNS, progress: (line) => console.log(line) });
mkdirSync(`${root}content/observations`, { recursive: true });
const fresh = process.argv.includes('--fresh');
const committed = new Map(readObservations(root).map((f) => [f.client.id, f]));
for (const file of run.files) {
  const merged = fresh ? file : accumulate(committed.get(file.client.id), file);
  writeFileSync(`${root}content/observations/${file.client.id}.json`, `${JSON.stringify(merged, null, 2)}\n`);
  run.files[run.files.indexOf(file)] = merged;
}
console.log(`\nWrote ${run.files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
for (const s of run.skipped) console.log(`Skipped ${s.id}: ${s.reason}`);
console.log(`\n${summarize(run.files)}`);
