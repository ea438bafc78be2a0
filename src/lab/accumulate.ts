/**
 * Evidence of instability accumulates: a fresh measurement of a client whose
 * version and scenarios are unchanged is added to the committed one, so an
 * outcome that turns up in one run out of five is not lost between
 * invocations of `npm run observe`. A new version, platform or scenario set
 * starts over.
 */
import type { ClientObservations } from '../observations/observationSchema.ts';
import { countOutcomes, type RunOutcome } from './labClient.ts';

/** `fresh` added to `committed` when they measured the same thing; otherwise `fresh` alone. */
export function accumulate(committed: ClientObservations | undefined, fresh: ClientObservations): ClientObservations {
  const sameScenarios =
    committed !== undefined &&
    committed.results.map((r) => r.scenario).join() === fresh.results.map((r) => r.scenario).join();
  if (
    !committed ||
    !sameScenarios ||
    committed.client.version !== fresh.client.version ||
    committed.client.platform !== fresh.client.platform
  )
    return fresh;
  const before = new Map(committed.results.map((r) => [r.scenario, r.outcomes]));
  return {
    ...fresh,
    runs: committed.runs + fresh.runs,
    results: fresh.results.map((r) => ({
      scenario: r.scenario,
      outcomes: countOutcomes(
        [...before.get(r.scenario)!, ...r.outcomes].flatMap(({ count, ...outcome }): RunOutcome[] =>
          Array.from({ length: count }, () => outcome),
        ),
      ),
    })),
  };
}
