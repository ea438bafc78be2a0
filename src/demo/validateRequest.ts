/**
 * Checks a demo request before any upgrade. Every problem becomes an HTTP
 * 400 with a JSON body naming what was wrong.
 */
import { isCustomCode, MAX_REASON_BYTES, reasonByteLength } from '../rules/closeCodeRules.ts';
import { DEFAULT_CUSTOM, scenarioById, type Scenario, type ScenarioId } from '../scenarios/catalog.ts';
import { decodeComponent, MALFORMED_PATH } from '../http/requestTarget.ts';
import type { ErrorBody } from '../http/reply.ts';
import { makeRunId, RUN_ID } from '../scenarios/runIds.ts';

/** A request that passed validation. */
export interface ValidRequest {
  /** The scenario to run. */
  scenario: Scenario & { id: ScenarioId };
  /** The run id (the client's, or a fresh one). */
  runId: string;
  /** Close code for custom scenarios. */
  code: number;
  /** Close reason for custom scenarios. */
  reason: string;
}

/** Validate `/demo/ws/<id>?run=&code=&reason=`; returns the request or the error to answer with. */
export function validateSocketRequest(url: URL): ValidRequest | ErrorBody {
  const id = decodeComponent(url.pathname.replace(/^\/demo\/ws\//, '').replace(/\/$/, ''));
  if (id === null) return MALFORMED_PATH;
  const scenario = scenarioById(id);
  if (!scenario) return { error: 'unknown-scenario', detail: `No scenario "${id}". See /demo/scenarios.json.` };
  const run = url.searchParams.get('run');
  if (run !== null && !RUN_ID.test(run)) {
    return { error: 'malformed-run-id', detail: 'run must be 6–32 characters from A–Z, a–z, 0–9, "_" and "-".' };
  }
  const rawCode = url.searchParams.get('code');
  let code: number = DEFAULT_CUSTOM.code;
  if (rawCode !== null) {
    if (!/^\d{1,5}$/.test(rawCode))
      return { error: 'invalid-code', detail: `code must be a number, got "${rawCode.slice(0, 20)}".` };
    code = Number(rawCode);
    if (scenario.custom && !isCustomCode(code)) {
      return { error: 'code-out-of-range', detail: `Custom codes must be in 3000–4999, got ${code}.` };
    }
  }
  const reason = url.searchParams.get('reason') ?? DEFAULT_CUSTOM.reason;
  if (reasonByteLength(reason) > MAX_REASON_BYTES) {
    return {
      error: 'reason-too-long',
      detail: `A close reason is at most ${MAX_REASON_BYTES} bytes of UTF-8 (RFC 6455 §5.5), got ${reasonByteLength(reason)}.`,
    };
  }
  return { scenario, runId: run ?? makeRunId(), code, reason };
}

/** Is this a validation failure? */
export function isRefusal(value: ValidRequest | ErrorBody): value is ErrorBody {
  return 'error' in value;
}
