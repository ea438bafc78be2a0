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

/** Where the demo's non-same-origin scenarios point, as the serving instance knows it. */
export interface PublishTargets {
  /** Host name clients reach the demo by. */
  hostname: string;
  /** Port of the untrusted TLS listener; `null` leaves the TLS scenarios out. */
  tlsPort: number | null;
  /** A port on the same host that was freed at start, so nothing listens; `null` leaves `connection-refused` out. */
  refusedPort: number | null;
}

/** The URL a client opens for scenario `s`. */
function urlOf(s: Scenario, { hostname, tlsPort, refusedPort }: PublishTargets): string {
  if (s.transport === 'tls') return `wss://${hostname}:${tlsPort}${socketPath(s.id)}`;
  if (s.transport === 'refused') return `ws://${hostname}:${refusedPort}${socketPath(s.id)}`;
  return socketPath(s.id);
}

/** The catalog as published, with URLs resolved for the targets (scenarios without one are left out). */
export function publishScenarios(targets: PublishTargets): PublishedScenario[] {
  return SCENARIOS.filter(
    (s) =>
      (s.transport !== 'tls' || targets.tlsPort !== null) &&
      (s.transport !== 'refused' || targets.refusedPort !== null),
  ).map((s) => ({
    ...s,
    url: urlOf(s, targets),
    ...(s.transport === 'frame' ? { framePage: FRAME_PAGE } : {}),
  }));
}
