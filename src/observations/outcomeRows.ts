/**
 * The rows of a "What clients actually report" table: clients whose runs
 * ended the same way share a row, so nine clients stay readable. An unstable
 * cell keeps one row per outcome, with its share of the runs.
 */
import type { Cell, JudgedOutcome } from './labIndex.ts';
import type { Scenario } from '../scenarios/catalog.ts';

/** One row: the clients that reported exactly this, and the outcome. */
export interface OutcomeRow {
  /** The cells whose outcome this is, in display order. */
  cells: Cell[];
  /** The outcome and its verdict (the first cell's; the others' are identical). */
  judged: JudgedOutcome;
  /** Whether the row is one outcome of an unstable cell. */
  unstable: boolean;
}

/** What makes two outcomes the same row: everything shown, verdict included, but not the messages. */
function keyOf({ outcome, verdict }: JudgedOutcome): string {
  const { code, wasClean, events, serverReceived } = outcome;
  return JSON.stringify([
    code,
    wasClean,
    events.includes('error'),
    serverReceived,
    verdict.status,
    verdict.differences,
  ]);
}

/** Group the outcomes of a scenario's cells into rows, in the order their first client comes. */
export function outcomeRows(cells: readonly Cell[]): OutcomeRow[] {
  const rows: OutcomeRow[] = [];
  const shared = new Map<string, OutcomeRow>();
  for (const cell of cells) {
    for (const judged of cell.outcomes) {
      if (!cell.stable) {
        rows.push({ cells: [cell], judged, unstable: true });
        continue;
      }
      const key = keyOf(judged);
      const row = shared.get(key);
      if (row) row.cells.push(cell);
      else {
        const fresh = { cells: [cell], judged, unstable: false };
        shared.set(key, fresh);
        rows.push(fresh);
      }
    }
  }
  return rows;
}

/** Scenarios whose rows are identical (every client, every outcome, every verdict), shown as one. */
export interface ScenarioRows {
  /** The scenarios, in catalog order. */
  scenarios: Scenario[];
  /** Their shared rows. */
  rows: OutcomeRow[];
}

/**
 * The rows of each scenario, with scenarios that came out exactly alike
 * merged (the four refused handshakes, say), so a table shows each distinct
 * behaviour once and names every scenario that produced it.
 */
export function scenarioRows(entries: readonly { scenario: Scenario; cells: readonly Cell[] }[]): ScenarioRows[] {
  const merged = new Map<string, ScenarioRows>();
  for (const { scenario, cells } of entries) {
    const rows = outcomeRows(cells);
    const signature = JSON.stringify(
      rows.map((row) => [row.unstable, row.cells.map((c) => c.client.id), keyOf(row.judged), row.judged.outcome.count]),
    );
    const same = merged.get(signature);
    if (same) same.scenarios.push(scenario);
    else merged.set(signature, { scenarios: [scenario], rows });
  }
  return [...merged.values()];
}
