/**
 * Runs one demo scenario from a browser page (or any runtime with
 * `WebSocket` and `fetch`) and collects what the page's WebSocket reported
 * and what the server recorded on the wire. Shared by the widget and the lab.
 */
import type { PublishedScenario } from './published.ts';
import { makeRunId } from './runIds.ts';
import type { RunRecord } from './runRecord.ts';
import { FRAME_PAGE } from './sitePaths.ts';

/** One event the page's WebSocket fired. */
export interface PageEvent {
  /** Event type. */
  type: 'open' | 'message' | 'error' | 'close' | 'timeout';
  /** Milliseconds since the socket was created. */
  at: number;
  /** For close: the code. */
  code?: number;
  /** For close: the reason. */
  reason?: string;
  /** For close: wasClean. */
  wasClean?: boolean;
  /** For message: its size in bytes. */
  bytes?: number;
}

/** Everything one run produced. */
export interface RunResult {
  /** The run id sent to the server. */
  runId: string;
  /** The events, in order. */
  events: PageEvent[];
  /** The close event, if one fired. */
  close: { code: number; reason: string; wasClean: boolean } | null;
  /** The server's record of the run, if it could be fetched. */
  record: RunRecord | null;
}

/** Custom code and reason for the custom scenarios. */
export interface RunParams {
  /** Close code, 3000–4999. */
  code?: number;
  /** Close reason, at most 123 bytes. */
  reason?: string;
}

const TIMEOUT_MS = 8000;

function socketUrl(s: PublishedScenario, origin: string, runId: string, params: RunParams): string {
  const url = new URL(s.url, origin);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  if (url.protocol === 'https:') url.protocol = 'wss:';
  url.searchParams.set('run', runId);
  if (s.custom && params.code !== undefined) url.searchParams.set('code', String(params.code));
  if (s.custom && params.reason !== undefined) url.searchParams.set('reason', params.reason);
  return url.href;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fetch the server's record, waiting briefly until the server has seen the TCP connection end. */
export async function fetchRecord(origin: string, runId: string): Promise<RunRecord | null> {
  let last: RunRecord | null = null;
  for (let i = 0; i < 20; i++) {
    try {
      const res = await fetch(new URL(`/demo/runs/${runId}`, origin));
      if (res.ok) {
        last = (await res.json()) as RunRecord;
        if (last.tcp !== 'open') return last;
      }
    } catch {
      return last;
    }
    await sleep(100);
  }
  return last;
}

function runInFrame(s: PublishedScenario, origin: string, runId: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.title = s.title;
    frame.src = new URL(`${s.framePage ?? FRAME_PAGE}?run=${runId}`, origin).href;
    document.body.append(frame);
    setTimeout(() => {
      frame.remove();
      resolve();
    }, 1500);
  });
}

/** The WebSocket constructor to use: the page's own, or another implementation (the lab's Node clients). */
export type WebSocketConstructor = new (url: string) => WebSocket;

/** Run a scenario and collect the page's events and the server's record. */
export async function runScenario(
  s: PublishedScenario,
  origin: string,
  params: RunParams = {},
  Socket: WebSocketConstructor = WebSocket,
  {
    withRecord = true,
  }: { /** Fetch the server's record afterwards (the bench skips it). */ withRecord?: boolean } = {},
): Promise<RunResult> {
  const runId = makeRunId();
  const events: PageEvent[] = [];
  let close: RunResult['close'] = null;
  if (s.transport === 'frame') {
    await runInFrame(s, origin, runId);
    return { runId, events, close, record: await fetchRecord(origin, runId) };
  }
  const started = performance.now();
  const at = () => Math.round(performance.now() - started);
  const closeCode = s.custom ? (params.code ?? s.closeWith?.code) : s.closeWith?.code;
  const closeReason = s.custom ? (params.reason ?? s.closeWith?.reason) : s.closeWith?.reason;
  const closeNow = (ws: WebSocket) => {
    if (closeCode === undefined) ws.close();
    else ws.close(closeCode, closeReason);
  };
  await new Promise<void>((resolve) => {
    const ws = new Socket(socketUrl(s, origin, runId, params));
    ws.binaryType = 'arraybuffer';
    const timer = setTimeout(() => {
      events.push({ type: 'timeout', at: at() });
      ws.close();
      resolve();
    }, TIMEOUT_MS);
    ws.onopen = () => {
      events.push({ type: 'open', at: at() });
      if (s.send) ws.send(s.send.type === 'text' ? 'x'.repeat(s.send.bytes) : new Uint8Array(s.send.bytes));
      // With something to send and a close to make, close once the echo is back.
      if (s.closeWith && !s.send) closeNow(ws);
    };
    ws.onmessage = (e) => {
      const bytes =
        typeof e.data === 'string' ? new TextEncoder().encode(e.data).length : (e.data as ArrayBuffer).byteLength;
      events.push({ type: 'message', at: at(), bytes });
      if (s.closeWith) closeNow(ws);
    };
    ws.onerror = () => events.push({ type: 'error', at: at() });
    ws.onclose = (e) => {
      clearTimeout(timer);
      close = { code: e.code, reason: e.reason, wasClean: e.wasClean };
      events.push({ type: 'close', at: at(), code: e.code, reason: e.reason, wasClean: e.wasClean });
      resolve();
    };
  });
  const record = s.transport === 'tls' || !withRecord ? null : await fetchRecord(origin, runId);
  return { runId, events, close, record };
}
