/** The contract every measured client implements. */
import type { PublishedScenario, RunResult } from '../widget/runScenario.ts';
import type { ClientId, Observation } from './observationSchema.ts';

/** Who a client is, once detected. */
export interface ClientIdentity {
  /** Stable id. */
  id: ClientId;
  /** Honest human name. */
  name: string;
  /** Exact version. */
  version: string;
  /** OS and architecture. */
  platform: string;
}

/** An open client, ready to run scenarios. */
export interface LabSession {
  /** Who it is. */
  identity: ClientIdentity;
  /** Run one scenario against the demo at `origin`. */
  run(scenario: PublishedScenario, origin: string): Promise<RunResult>;
  /** Close the client and everything it started (browsers, drivers, Xvfb). */
  close(): Promise<void>;
}

/** A client the lab can measure. */
export interface LabClient {
  /** Stable id. */
  id: ClientId;
  /** Why it cannot run here, or `undefined` when it can. */
  missing(): string | undefined;
  /** Whether it can run this scenario (Node clients have no page to navigate away from). */
  supports(scenario: PublishedScenario): boolean;
  /** Start it. */
  open(): Promise<LabSession>;
}

/** Reduce a run to the observation the lab publishes. */
export function toObservation(scenario: string, result: RunResult): Observation {
  const closeEvent = result.events.find((e) => e.type === 'close');
  const received = result.record?.serverReceived;
  return {
    scenario,
    events: result.events.map((e) => e.type),
    code: result.close?.code ?? null,
    reason: result.close?.reason ?? '',
    wasClean: result.close?.wasClean ?? null,
    timeToCloseMs: closeEvent ? closeEvent.at : null,
    serverReceived: received ? { code: received.code, reason: received.reason } : null,
  };
}

/** `linux x64`, from Node. */
export function hostPlatform(): string {
  return `${process.platform} ${process.arch}`;
}
