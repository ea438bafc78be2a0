/**
 * Compares a fresh lab run with the committed data. A new client version
 * that behaves the same is a notice, not a failure; a behaviour change is a
 * difference. A cell the committed data records as unstable accepts any of
 * its recorded outcomes, and nothing else.
 */
import type { RunOutcome } from './labClient.ts';
import type { ClientObservations, Outcome } from '../observations/observationSchema.ts';

/** What a comparison found. */
export interface ObservationDiff {
  /** Changes that do not fail the check: the client's version. */
  notices: string[];
  /** Behaviour that no longer matches the committed data, readably; empty when it all still holds. */
  differences: string[];
}

/** An outcome without its count: what one run did. */
function behaviour({ count: _count, ...rest }: Outcome): RunOutcome {
  return rest;
}

const same = (a: RunOutcome, b: RunOutcome) => JSON.stringify(a) === JSON.stringify(b);

/** Field by field, how `now` differs from `was`. */
function fieldChanges(was: RunOutcome, now: RunOutcome): string[] {
  return (Object.keys(was) as (keyof RunOutcome)[]).flatMap((key) => {
    const before = JSON.stringify(was[key]);
    const after = JSON.stringify(now[key]);
    return before === after ? [] : [`${key} was ${before}, now ${after}`];
  });
}

/** Compare the committed data for one client with a fresh run of it. */
export function diffObservations(
  committed: ClientObservations | undefined,
  fresh: ClientObservations,
): ObservationDiff {
  if (!committed) return { notices: [], differences: [`no committed data for ${fresh.client.id}`] };
  const notices =
    committed.client.version === fresh.client.version
      ? []
      : [`version: committed ${committed.client.version}, installed ${fresh.client.version}; behaviour compared below`];
  const differences: string[] = [];
  const before = new Map(committed.results.map((r) => [r.scenario, r.outcomes.map(behaviour)]));
  const after = new Map(fresh.results.map((r) => [r.scenario, r.outcomes.map(behaviour)]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const recorded = before.get(id);
    const seen = after.get(id);
    if (!recorded) differences.push(`${id}: new scenario, not in the committed data`);
    else if (!seen) differences.push(`${id}: in the committed data but not run any more`);
    else
      for (const outcome of seen) {
        if (recorded.some((r) => same(r, outcome))) continue;
        differences.push(
          recorded.length === 1
            ? `${id}: ${fieldChanges(recorded[0]!, outcome).join('; ')}`
            : `${id}: ${JSON.stringify(outcome)} is none of the ${recorded.length} outcomes recorded for this unstable cell`,
        );
      }
  }
  return { notices, differences };
}
