/** The public shape of `/observations.json`. */
import type { LabData } from './labData.ts';

/** The document served at `/observations.json`. */
export interface ObservationsJson {
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
    /** How this compares with the specs: matches, differs, or open. */
    spec: 'matches' | 'differs' | 'open';
  }[];
}

/** Build `/observations.json` from the committed data. */
export function buildObservationsJson(data: LabData): ObservationsJson {
  return {
    generated: Object.values(data.dates).sort().at(-1) ?? '',
    clients: data.clients.map(({ id, name, version }) => ({ id, name, version })),
    results: data.scenarios.flatMap((s) =>
      data.clients.flatMap((c) => {
        const cell = data.cells.get(s.id)?.get(c.id);
        if (!cell) return [];
        const o = cell.observation;
        return [
          {
            scenario: s.id,
            client: c.id,
            events: o.events,
            code: o.code,
            reason: o.reason,
            wasClean: o.wasClean,
            serverReceived: o.serverReceived,
            spec: cell.verdict.status,
          },
        ];
      }),
    ),
  };
}
