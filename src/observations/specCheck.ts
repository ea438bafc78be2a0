/** Judges each outcome against what the specs say (the scenario's `expected`). */
import { scenarioById, DEFAULT_CUSTOM } from '../scenarios/catalog.ts';
import { verdictOf, type Verdict } from '../scenarios/verdict.ts';
import type { Outcome } from './observationSchema.ts';

/** The verdict on one outcome of a scenario; custom scenarios ran with the catalog's default code. */
export function verdictFor(scenarioId: string, o: Outcome): Verdict {
  const scenario = scenarioById(scenarioId);
  if (!scenario) return { status: 'open', differences: [] };
  const requested = scenario.closeWith?.code ?? (scenario.custom ? DEFAULT_CUSTOM.code : undefined);
  return verdictOf(
    scenario.expected,
    {
      code: o.code,
      wasClean: o.wasClean,
      error: o.events.includes('error'),
      serverReceived: o.serverReceived?.code ?? null,
    },
    requested,
  );
}
