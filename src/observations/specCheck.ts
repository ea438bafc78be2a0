/** Judges each outcome against what the specs say (the scenario's `expected`). */
import { scenarioById, DEFAULT_CUSTOM, type Expected, type Scenario } from '../scenarios/catalog.ts';
import { verdictOf, type Verdict } from '../scenarios/verdict.ts';
import { SPEC_SECTIONS, type SpecSectionId } from '../scenarios/specSections.ts';
import { CLIENT_LABELS, type ClientId } from './clientIds.ts';
import type { Outcome } from './observationSchema.ts';

const fromRfcAlone = (cites: readonly SpecSectionId[] | undefined) =>
  cites !== undefined && cites.every((id) => !SPEC_SECTIONS[id].url.includes('whatwg'));

/**
 * What the specs fix for a client with its own API (`rfc6455`): the WHATWG
 * standard does not govern it, so `wasClean`, the `error` event and what
 * `close()` sends are left open, and so is every scenario in which the client
 * itself closes (its `close()` is not the WHATWG one). What RFC 6455 alone
 * fixes about what it receives still holds.
 */
export function expectedFor(scenario: Scenario, api: 'whatwg' | 'rfc6455'): Expected {
  const { expected } = scenario;
  if (api === 'whatwg') return expected;
  const clientCloses = scenario.closeWith !== undefined;
  const keep = (field: 'code' | 'serverReceived') => !clientCloses && fromRfcAlone(expected.cites[field]);
  const { serverReceives, ...rest } = expected;
  return {
    ...rest,
    code: keep('code') ? expected.code : null,
    wasClean: null,
    error: null,
    ...(serverReceives !== undefined && keep('serverReceived') ? { serverReceives } : {}),
  };
}

/** The verdict on one client's outcome of a scenario; custom scenarios ran with the catalog's default code. */
export function verdictFor(scenarioId: string, client: ClientId, o: Outcome): Verdict {
  const scenario = scenarioById(scenarioId);
  if (!scenario) return { status: 'open', differences: [] };
  const requested = scenario.closeWith?.code ?? (scenario.custom ? DEFAULT_CUSTOM.code : undefined);
  const { api } = CLIENT_LABELS[client];
  const expected = expectedFor(scenario, api);
  return verdictOf(
    // A library that reported no close code at all (Go's error for a masked frame) left the code unreported, not wrong.
    api === 'rfc6455' && o.code === null ? { ...expected, code: null } : expected,
    {
      code: o.code,
      wasClean: o.wasClean,
      error: o.events.includes('error'),
      serverReceived: o.serverReceived?.code ?? null,
    },
    requested,
  );
}
