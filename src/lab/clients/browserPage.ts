/** What the browser drivers share: where the lab page is, and how to run the probe in it. */
import type { RunResult } from '../../widget/runScenario.ts';

/** The lab's blank page on the demo origin (noindex, no scripts of its own). */
export const LAB_PAGE = '/demo/lab/';

/** A page-side expression that runs a scenario with the injected probe. */
export function probeCall(id: string): string {
  return `globalThis.wsccLab.run(${JSON.stringify(id)})`;
}

/** Check what came back from the page. */
export function asRunResult(value: unknown): RunResult {
  if (!value || typeof value !== 'object' || !('events' in value))
    throw new Error(`the probe returned ${JSON.stringify(value)}`);
  return value as RunResult;
}
