/**
 * `npm run audit:lighthouse`: Lighthouse on the home, a code, a compare and the
 * clients page through the real server, in mobile and desktop form factors,
 * with the system Chromium. Prints the scores as a Markdown table, then what
 * each failing audit points at. Scores are printed, never asserted here
 * (`tests/audit/lighthouse.test.ts` asserts all but performance).
 */
import { fileURLToPath } from 'node:url';
import { auditSite } from '../src/audit/lighthouse.ts';
import { failureDetails, scoreTable } from '../src/audit/lighthouseReport.ts';
import { ensureBuild } from '../src/build/ensureBuild.ts';

const built = ensureBuild(fileURLToPath(new URL('../', import.meta.url)));
if (built !== 0) process.exit(built);

const started = performance.now();
const runs = await auditSite((run) => console.error(`Audited ${run.path} (${run.formFactor})`));
console.log(`\n${scoreTable(runs)}\n`);
const details = failureDetails(runs);
if (details) console.log(`Failing audits:\n\n${details}\n`);
console.log(`${runs.length} Lighthouse runs in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
