/**
 * In-memory records of demo runs: what the server sent and received on the
 * wire. Bounded in count and age, because this is a public server.
 */
import type { RunRecord } from '../scenarios/runRecord.ts';

/** Limits of the store. */
export interface RunStoreOptions {
  /** Most records kept; the oldest go first. */
  maxRecords: number;
  /** Records older than this are dropped, in milliseconds. */
  maxAgeMs: number;
}

/** A bounded store of run records. */
export class RunStore {
  private readonly records = new Map<string, { record: RunRecord; created: number }>();
  private readonly options: RunStoreOptions;

  constructor(options: RunStoreOptions = { maxRecords: 2000, maxAgeMs: 60_000 }) {
    this.options = options;
  }

  /** Start a record for a run. */
  create(id: string, scenario: string, handshake: number): RunRecord {
    this.sweep();
    const record: RunRecord = {
      id,
      scenario,
      startedAt: new Date().toISOString(),
      handshake,
      serverSent: null,
      serverReceived: null,
      closedFirst: 'nobody',
      tcp: 'open',
      durationMs: null,
      messagesReceived: 0,
      rawFrameSent: null,
    };
    this.records.delete(id);
    this.records.set(id, { record, created: Date.now() });
    while (this.records.size > this.options.maxRecords) {
      const oldest = this.records.keys().next().value as string;
      this.records.delete(oldest);
    }
    return record;
  }

  /** The record of a run, if it is still kept. */
  get(id: string): RunRecord | undefined {
    this.sweep();
    return this.records.get(id)?.record;
  }

  /** Number of records kept. */
  get size(): number {
    return this.records.size;
  }

  private sweep(): void {
    const cutoff = Date.now() - this.options.maxAgeMs;
    for (const [id, { created }] of this.records) {
      if (created >= cutoff) break; // insertion order is age order
      this.records.delete(id);
    }
  }
}
