/** The public shape of `/observations.json`. */
import type { LabData } from './labIndex.ts';
import type { ClientObservations, Outcome } from './observationSchema.ts';
import type { Difference, Verdict } from '../scenarios/verdict.ts';

/** How a run compares with the specs. */
export type SpecStatus = Verdict['status'];

/** The document served at `/observations.json`; its parts are the schema's and the verdict's own types. */
export interface ObservationsJson {
  /** Shape version: 2 added repeated runs, `outcomes` and `stable`. */
  version: 2;
  /** ISO date of the newest measurement. */
  generated: string;
  /** Clients measured. */
  clients: Pick<ClientObservations['client'], 'id' | 'name' | 'version'>[];
  /** One entry per scenario and client. */
  results: {
    /** Scenario id from `/demo/scenarios.json`. */
    scenario: string;
    /** Client id. */
    client: ClientObservations['client']['id'];
    /** How many times the scenario ran in this client. */
    runs: number;
    /** True when every run ended the same way; false marks an unstable cell. */
    stable: boolean;
    /** The cell against the specs: `differs` if any outcome differs. */
    spec: SpecStatus;
    /** Each distinct outcome, most frequent first, with its verdict and where it differs from which section. */
    outcomes: (Outcome & { spec: SpecStatus; differences: Difference[] })[];
  }[];
}

/** Build `/observations.json` from the committed data. */
export function buildObservationsJson(data: LabData): ObservationsJson {
  return {
    version: 2,
    generated: Object.values(data.dates).sort().at(-1) ?? '',
    clients: data.clients.map(({ id, name, version }) => ({ id, name, version })),
    results: data.scenarios.flatMap((s) =>
      data.clients.flatMap((c) => {
        const cell = data.cells.get(s.id)?.get(c.id);
        if (!cell) return [];
        return [
          {
            scenario: s.id,
            client: c.id,
            runs: cell.runs,
            stable: cell.stable,
            spec: cell.status,
            outcomes: cell.outcomes.map(({ outcome, verdict }) => ({
              ...outcome,
              spec: verdict.status,
              differences: verdict.differences,
            })),
          },
        ];
      }),
    ),
  };
}
