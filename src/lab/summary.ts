/** A plain-text summary of a lab run: per client, how many cells differ from the specs. */
import type { ClientObservations } from './observationSchema.ts';
import { verdictFor } from './specCheck.ts';

/** The table `npm run observe` prints. */
export function summarize(files: readonly ClientObservations[]): string {
  const lines = ['| Client | Version | Scenarios | Match | Differ | Open |', '|---|---|---|---|---|---|'];
  const details: string[] = [];
  for (const f of files) {
    const verdicts = f.results.map((r) => ({ r, v: verdictFor(r) }));
    const count = (s: string) => verdicts.filter((x) => x.v.status === s).length;
    lines.push(
      `| ${f.client.name} | ${f.client.version} | ${f.results.length} | ${count('matches')} | ${count('differs')} | ${count('open')} |`,
    );
    for (const { r, v } of verdicts.filter((x) => x.v.status === 'differs')) {
      details.push(
        `${f.client.id} ${r.scenario}: ${v.differences.map((d) => `${d.field} expected ${d.expected}, got ${d.observed}`).join('; ')}`,
      );
    }
  }
  return [...lines, '', ...details].join('\n');
}
