/** The catalog as `GET /demo/scenarios.json` publishes it: each scenario with where a client connects. */
import { SCENARIOS, socketPath, type Scenario } from './catalog.ts';
import { FRAME_PAGE } from './sitePaths.ts';

/** One entry of `/demo/scenarios.json`. */
export type PublishedScenario = Scenario & {
  /** Where the client connects: a same-origin path, or a full `wss://` URL. */
  url: string;
  /** For `frame` scenarios: the page the iframe loads. */
  framePage?: string;
};

/** The catalog as published, with URLs resolved for `hostname` (TLS scenarios only when a TLS port exists). */
export function publishScenarios(hostname: string, tlsPort: number | null): PublishedScenario[] {
  return SCENARIOS.filter((s) => s.transport !== 'tls' || tlsPort !== null).map((s) => ({
    ...s,
    url: s.transport === 'tls' ? `wss://${hostname}:${tlsPort}${socketPath(s.id)}` : socketPath(s.id),
    ...(s.transport === 'frame' ? { framePage: FRAME_PAGE } : {}),
  }));
}
