/** The committed measurements, loaded once for the pages that show them. */
import { getCollection } from 'astro:content';
import { SCENARIOS, type Scenario } from '../demo/scenarios.ts';
import type { Verdict } from '../demo/verdict.ts';
import { CLIENT_IDS } from './clientIds.ts';
import type { ClientObservations, Observation } from './observationSchema.ts';
import { verdictFor } from './specCheck.ts';

/** One measured cell: a client in a scenario, with the verdict against the specs. */
export interface Cell {
  /** The client's file. */
  client: ClientObservations['client'];
  /** What it did. */
  observation: Observation;
  /** How that compares with the specs. */
  verdict: Verdict;
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

let cached: Promise<LabData> | undefined;

async function load(): Promise<LabData> {
  const files = (await getCollection('observations'))
    .map((e) => e.data)
    .sort((a, b) => CLIENT_IDS.indexOf(a.client.id) - CLIENT_IDS.indexOf(b.client.id));
  const cells = new Map<string, Map<string, Cell>>();
  for (const file of files) {
    for (const observation of file.results) {
      if (!cells.has(observation.scenario)) cells.set(observation.scenario, new Map());
      cells
        .get(observation.scenario)!
        .set(file.client.id, { client: file.client, observation, verdict: verdictFor(observation) });
    }
  }
  return {
    clients: files.map((f) => f.client),
    dates: Object.fromEntries(files.map((f) => [f.client.id, f.date])),
    cells,
    scenarios: SCENARIOS.filter((s) => cells.has(s.id)),
  };
}

/** The measurements (cached per build). */
export function getLabData(): Promise<LabData> {
  cached ??= load();
  return cached;
}

/** The cell for a scenario and client, if measured. */
export function cellOf(data: LabData, scenario: string, client: string): Cell | undefined {
  return data.cells.get(scenario)?.get(client);
}
