/** Compares a fresh lab run with the committed data, on the fields that do not vary run to run. */
import type { ClientObservations, Observation } from './observationSchema.ts';

/** The fields of an observation that must reproduce exactly. */
export function stableView(o: Observation): Omit<Observation, 'timeToCloseMs'> {
  const { timeToCloseMs: _time, ...rest } = o;
  return rest;
}

/** Human-readable differences between committed and fresh data for one client; empty when they agree. */
export function diffObservations(committed: ClientObservations | undefined, fresh: ClientObservations): string[] {
  if (!committed) return [`no committed data for ${fresh.client.id}`];
  const lines: string[] = [];
  if (committed.client.version !== fresh.client.version) {
    lines.push(`version: committed ${committed.client.version}, installed ${fresh.client.version}`);
  }
  const before = new Map(committed.results.map((r) => [r.scenario, r]));
  const after = new Map(fresh.results.map((r) => [r.scenario, r]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    if (!a) lines.push(`${id}: new scenario, not in the committed data`);
    else if (!b) lines.push(`${id}: in the committed data but not run any more`);
    else {
      const x = stableView(a);
      const y = stableView(b);
      for (const key of Object.keys(x) as (keyof typeof x)[]) {
        const was = JSON.stringify(x[key]);
        const now = JSON.stringify(y[key]);
        if (was !== now) lines.push(`${id}: ${key} was ${was}, now ${now}`);
      }
    }
  }
  return lines;
}
