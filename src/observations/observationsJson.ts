/** The public shape of `/observations.json`. */
import type { LabData } from './labIndex.ts';

/** How a run compares with the specs. */
export type SpecStatus = 'matches' | 'differs' | 'open';

/** The document served at `/observations.json`. */
export interface ObservationsJson {
  /** Shape version: 2 added repeated runs, `outcomes` and `stable`. */
  version: 2;
  /** ISO date of the newest measurement. */
  generated: string;
  /** Clients measured. */
  clients: { id: string; name: string; version: string }[];
  /** One entry per scenario and client. */
  results: {
    /** Scenario id from `/demo/scenarios.json`. */
    scenario: string;
    /** Client id. */
    client: string;
    /** How many times the scenario ran in this client. */
    runs: number;
    /** True when every run ended the same way; false marks an unstable cell. */
    stable: boolean;
    /** The cell against the specs: `differs` if any outcome differs. */
    spec: SpecStatus;
    /** Each distinct outcome, most frequent first. */
    outcomes: {
      /** Runs that ended this way. */
      count: number;
      /** Events the client's API fired, in order. */
      events: string[];
      /** Close code reported, or null. */
      code: number | null;
      /** Close reason reported. */
      reason: string;
      /** wasClean, or null where the API has none. */
      wasClean: boolean | null;
      /** The Close frame the client sent, per the server; null for none. */
      serverReceived: { code: number; reason: string } | null;
      /** This outcome against the specs. */
      spec: SpecStatus;
      /** Where it differs, with the section of the standard each field comes from. */
      differences: { field: string; expected: string; observed: string; sections: { label: string; url: string }[] }[];
    }[];
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
