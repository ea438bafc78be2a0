/** The contract every measured client implements. */
import type { PublishedScenario } from '../scenarios/published.ts';
import type { RunResult } from '../scenarios/runScenario.ts';
import type { ClientId, Outcome } from '../observations/observationSchema.ts';
import { normaliseMessage } from '../observations/normaliseMessage.ts';

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
  /** How the lab drives it and where its messages come from, in one or two sentences. */
  driven: string;
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
  /** Start it; every process it starts gets `env`, which marks it as the lab's. */
  open(env: Record<string, string>): Promise<LabSession>;
}

/** One run's outcome, before identical runs are counted together. */
export type RunOutcome = Omit<Outcome, 'count'>;

/** Reduce a run to the outcome the lab publishes; `ports` are the demo's, replaced in messages by a placeholder. */
export function toOutcome(result: RunResult, ports: readonly number[]): RunOutcome {
  const received = result.record?.serverReceived;
  return {
    events: result.events.map((e) => e.type),
    code: result.close?.code ?? null,
    reason: result.close?.reason ?? '',
    wasClean: result.close?.wasClean ?? null,
    serverReceived: received ? { code: received.code, reason: received.reason } : null,
    messages: result.messages.map((m) => ({ via: m.via, text: normaliseMessage(m.text, result.runId, ports) })),
  };
}

/** Count identical outcomes together, most frequent first (first seen first among equals). */
export function countOutcomes(runs: readonly RunOutcome[]): Outcome[] {
  const counted = new Map<string, Outcome>();
  for (const run of runs) {
    const key = JSON.stringify(run);
    const seen = counted.get(key);
    if (seen) seen.count++;
    else counted.set(key, { count: 1, ...run });
  }
  return [...counted.values()].sort((a, b) => b.count - a.count);
}

/** Whether a client with no page of its own can run a scenario: all but those that navigate a page away. */
export function runsWithoutPage(scenario: { transport: string }): boolean {
  return scenario.transport !== 'frame';
}

/** `linux x64`, from Node. */
export function hostPlatform(): string {
  return `${process.platform} ${process.arch}`;
}
