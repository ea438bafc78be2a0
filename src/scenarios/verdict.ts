/** Compares what a client reported with what the specs say it should (the scenario's `expected`). */
import type { Expected, SpecField } from './catalog.ts';
import { SPEC_SECTIONS, type SpecSection } from './specSections.ts';

/** What a client observed in one run, reduced to the fields the specs speak about. */
export interface Observed {
  /** Close code the API reported, or null if no close event fired. */
  code: number | null;
  /** wasClean, or null where the API has none. */
  wasClean: boolean | null;
  /** Whether an error event fired. */
  error: boolean;
  /** The code of the Close frame the server received, `null` for none, `undefined` when unknown. */
  serverReceived?: number | null;
}

/** One field where the observation differs from the spec. */
export interface Difference {
  /** The field. */
  field: SpecField;
  /** What the spec says. */
  expected: string;
  /** What was observed. */
  observed: string;
  /** The sections of the standards that fix this field. */
  sections: SpecSection[];
}

/** The verdict on one run. */
export interface Verdict {
  /** `matches`: every field the specs fix agrees; `differs`: at least one does not; `open`: the specs fix nothing here. */
  status: 'matches' | 'differs' | 'open';
  /** The fields that differ. */
  differences: Difference[];
}

const show = (v: unknown) => (v === null ? 'none' : String(v));

/** Compare an observation with the spec; `requested` is the custom code asked for, if any. */
export function verdictOf(expected: Expected, observed: Observed, requested?: number): Verdict {
  const differences: Difference[] = [];
  const differ = (field: SpecField, want: unknown, got: unknown) =>
    differences.push({
      field,
      expected: show(want),
      observed: show(got),
      sections: (expected.cites[field] ?? []).map((id) => SPEC_SECTIONS[id]),
    });
  let fixed = 0;
  const want = (value: number | 'requested' | null | undefined): number | null | undefined =>
    value === 'requested' ? (requested ?? null) : value;
  const code = want(expected.code);
  if (code !== null && code !== undefined) {
    fixed++;
    if (observed.code !== code) differ('code', code, observed.code);
  }
  if (expected.wasClean !== null && observed.wasClean !== null) {
    fixed++;
    if (observed.wasClean !== expected.wasClean) differ('wasClean', expected.wasClean, observed.wasClean);
  }
  if (expected.error !== null) {
    fixed++;
    if (observed.error !== expected.error) differ('error', expected.error, observed.error);
  }
  const server = want(expected.serverReceives);
  if (server !== undefined && server !== null && observed.serverReceived !== undefined) {
    fixed++;
    if (observed.serverReceived !== server) differ('serverReceived', server, observed.serverReceived);
  }
  return { status: fixed === 0 ? 'open' : differences.length ? 'differs' : 'matches', differences };
}
