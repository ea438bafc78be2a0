/** The measurements indexed by scenario and client, with verdicts; pure, so Node tools and tests can build it too. */
import { SCENARIOS, type Scenario } from '../scenarios/catalog.ts';
import type { Verdict } from '../scenarios/verdict.ts';
import { CLIENT_IDS } from './clientIds.ts';
import type { ClientObservations, Observation, Outcome } from './observationSchema.ts';
import { verdictFor } from './specCheck.ts';

/** One outcome of a cell with its verdict against the specs. */
export interface JudgedOutcome {
  /** What the client did, and in how many runs. */
  outcome: Outcome;
  /** How that compares with the specs. */
  verdict: Verdict;
}

/** One measured cell: a client in a scenario, over all its runs. */
export interface Cell {
  /** The client's file. */
  client: ClientObservations['client'];
  /** How many runs the outcomes' counts add up to. */
  runs: number;
  /** What it did. */
  observation: Observation;
  /** Each outcome, judged; more than one means the cell is unstable. */
  outcomes: JudgedOutcome[];
  /** True when every run ended the same way. */
  stable: boolean;
  /** The cell's status: `differs` if any outcome differs, else `matches` if any matches, else `open`. */
  status: Verdict['status'];
}

/** All measurements, indexed. */
export interface LabData {
  /** Clients measured, in display order. */
  clients: ClientObservations['client'][];
  /** Date of each client's run, by id. */
  dates: Record<string, string>;
  /** Cells by scenario id, then client id. */
  cells: Map<string, Map<string, Cell>>;
  /** Scenarios with at least one measurement, in catalog order. */
  scenarios: Scenario[];
}

function statusOf(outcomes: readonly JudgedOutcome[]): Verdict['status'] {
  if (outcomes.some((o) => o.verdict.status === 'differs')) return 'differs';
  return outcomes.some((o) => o.verdict.status === 'matches') ? 'matches' : 'open';
}

/** Index the client files: cells by scenario and client, clients in display order. */
export function indexObservations(files: readonly ClientObservations[]): LabData {
  const sorted = [...files].sort((a, b) => CLIENT_IDS.indexOf(a.client.id) - CLIENT_IDS.indexOf(b.client.id));
  const cells = new Map<string, Map<string, Cell>>();
  for (const file of sorted) {
    for (const observation of file.results) {
      const outcomes = observation.outcomes.map((outcome) => ({
        outcome,
        verdict: verdictFor(observation.scenario, file.client.id, outcome),
      }));
      const row = cells.get(observation.scenario) ?? new Map<string, Cell>();
      cells.set(observation.scenario, row);
      row.set(file.client.id, {
        client: file.client,
        runs: file.runs,
        observation,
        outcomes,
        stable: outcomes.length === 1,
        status: statusOf(outcomes),
      });
    }
  }
  return {
    clients: sorted.map((f) => f.client),
    dates: Object.fromEntries(sorted.map((f) => [f.client.id, f.date])),
    cells,
    scenarios: SCENARIOS.filter((s) => cells.has(s.id)),
  };
}

/** The cell for a scenario and client, if measured. */
export function cellOf(data: LabData, scenario: string, client: string): Cell | undefined {
  return data.cells.get(scenario)?.get(client);
}
