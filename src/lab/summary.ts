/** A plain-text summary of a lab run: per client, how many cells match, differ from the specs, or are unstable. */
import { indexObservations } from '../observations/labIndex.ts';
import type { ClientObservations } from '../observations/observationSchema.ts';

/** The table `npm run observe` prints, then every differing and unstable cell. */
export function summarize(files: readonly ClientObservations[]): string {
  const data = indexObservations(files);
  const lines = [
    '| Client | Version | Runs | Scenarios | Match | Differ | Open | Unstable |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const details: string[] = [];
  for (const client of data.clients) {
    const cells = data.scenarios.flatMap((s) => data.cells.get(s.id)?.get(client.id) ?? []);
    const count = (status: string) => cells.filter((c) => c.status === status).length;
    const runs = cells[0]?.runs ?? 0;
    lines.push(
      `| ${client.name} | ${client.version} | ${runs} | ${cells.length} | ${count('matches')} | ${count('differs')} | ${count('open')} | ${cells.filter((c) => !c.stable).length} |`,
    );
    for (const cell of cells) {
      const id = cell.observation.scenario;
      if (!cell.stable)
        details.push(
          `${client.id} ${id}: UNSTABLE, ${cell.observation.outcomes.map((o) => `${o.count}× code ${o.code} wasClean ${o.wasClean} events ${o.events.join(',')} wire ${o.serverReceived?.code ?? 'none'}`).join(' | ')}`,
        );
      for (const { verdict } of cell.outcomes.filter((o) => o.verdict.status === 'differs'))
        details.push(
          `${client.id} ${id}: ${verdict.differences.map((d) => `${d.field} expected ${d.expected}, got ${d.observed} (${d.sections.map((s) => s.label).join(', ')})`).join('; ')}`,
        );
    }
  }
  return [...lines, '', ...details].join('\n');
}
