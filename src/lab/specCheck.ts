/** Judges each observation against what the specs say (the scenario's `expected`). */
import { scenarioById } from '../demo/scenarios.ts';
import { verdictOf, type Verdict } from '../demo/verdict.ts';
import type { Observation } from './observationSchema.ts';

/** The verdict on one observation; custom scenarios ran with the catalog's default code. */
export function verdictFor(o: Observation): Verdict {
  const scenario = scenarioById(o.scenario);
  if (!scenario) return { status: 'open', differences: [] };
  const requested = scenario.closeWith?.code ?? (scenario.custom ? 4000 : undefined);
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
