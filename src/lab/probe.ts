/**
 * Injected into a browser page by the lab's drivers: runs one catalog
 * scenario with the page's own WebSocket, through the same code as the widget.
 */
import type { PublishedScenario } from '../scenarios/published.ts';
import { runScenario, type RunResult } from '../scenarios/runScenario.ts';

let catalog: Promise<Map<string, PublishedScenario>> | undefined;

async function run(id: string): Promise<RunResult> {
  catalog ??= fetch('/demo/scenarios.json')
    .then((r) => r.json() as Promise<PublishedScenario[]>)
    .then((list) => new Map(list.map((s) => [s.id, s])));
  const scenario = (await catalog).get(id);
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return runScenario(scenario, location.origin);
}

(globalThis as { wsccLab?: { run: typeof run } }).wsccLab = { run };
