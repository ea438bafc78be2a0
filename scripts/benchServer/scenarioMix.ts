/**
 * The scenarios the benchmarks run: those without a deliberate wait. The protocol-breaking ones (and
 * server-drop-tcp) wait SETTLE_MS after the handshake on purpose, which would only measure that wait.
 */
import { publishScenarios, type PublishedScenario } from '../../src/scenarios/published.ts';

/** Their ids. */
export const SCENARIO_MIX = [
  'server-close-1000',
  'client-close-1000',
  'echo',
  'server-empty-close',
  'server-close-1012',
  'policy-violation',
] as const;

/** The mix as published for same-origin clients (paths only, so any origin serves them). */
export function publishedMix(): PublishedScenario[] {
  const published = new Map(
    publishScenarios({ hostname: '127.0.0.1', tlsPort: null, refusedPort: null }).map((s) => [s.id, s]),
  );
  return SCENARIO_MIX.map((id) => published.get(id)!);
}
