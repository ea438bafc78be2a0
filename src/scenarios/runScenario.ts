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

/**
 * Where a message a client gave its programmer came from: an `error` event's
 * `message`, an exception (thrown by `close()`, or raised by a library), or
 * a line the browser wrote to its console.
 */
export const MESSAGE_SOURCES = ['error-event', 'exception', 'console'] as const;
/** Where a message came from. */
export type MessageSource = (typeof MESSAGE_SOURCES)[number];

/** One message a client gave its programmer: an error event's text, an exception, a console line. */
export interface ClientMessage {
  /** Where it came from. */
  via: MessageSource;
  /** Its text, exactly as given (the lab normalises ports and run ids before publishing). */
  text: string;
}

/** What the socket itself did in one run. */
export interface SocketPlay {
  /** The events, in order. */
  events: PageEvent[];
  /** The close event, if one fired. */
  close: { code: number; reason: string; wasClean: boolean } | null;
  /** The messages the client's API gave: error events' `message`, and what `close()` threw. */
  messages: ClientMessage[];
}

/** Everything one run produced. */
export interface RunResult extends SocketPlay {
  /** The run id sent to the server. */
  runId: string;
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

/** A run that has not closed after this long is ended by the runner (a `timeout` event). */
export const RUN_TIMEOUT_MS = 8000;

/** The URL a client opens for one run of `s`: the run id and any custom code go in the query. */
export function socketUrl(s: PublishedScenario, origin: string, runId: string, params: RunParams = {}): string {
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

/** What a socket does in a scenario, without the run id or the demo's origin: what the lab's runtimes receive. */
export type SocketScript = Pick<PublishedScenario, 'send' | 'closeWith'>;

/** `name: message` of something thrown, as a console would print it. */
function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Open `url`, play the script (send, then close), and collect what the
 * socket reported. Runs anywhere a WHATWG `WebSocket` exists: browsers, Node,
 * Bun and Deno. Where `close()` throws for the script's arguments, the
 * exception is recorded and `close()` is called again with none, so the run
 * still ends.
 */
export async function playSocket(
  url: string,
  script: SocketScript,
  Socket: WebSocketConstructor = WebSocket,
  closeWith: SocketScript['closeWith'] = script.closeWith,
): Promise<SocketPlay> {
  const events: PageEvent[] = [];
  const messages: ClientMessage[] = [];
  let close: SocketPlay['close'] = null;
  const started = performance.now();
  const at = () => Math.round(performance.now() - started);
  const closeNow = (ws: WebSocket) => {
    try {
      if (closeWith?.code === undefined) ws.close();
      else ws.close(closeWith.code, closeWith.reason);
    } catch (error) {
      messages.push({ via: 'exception', text: describeThrown(error) });
      ws.close();
    }
  };
  await new Promise<void>((resolve) => {
    let ws: WebSocket;
    try {
      ws = new Socket(url);
    } catch (error) {
      messages.push({ via: 'exception', text: describeThrown(error) });
      resolve();
      return;
    }
    ws.binaryType = 'arraybuffer';
    const timer = setTimeout(() => {
      events.push({ type: 'timeout', at: at() });
      ws.close();
      resolve();
    }, RUN_TIMEOUT_MS);
    ws.onopen = () => {
      events.push({ type: 'open', at: at() });
      if (script.send)
        ws.send(script.send.type === 'text' ? 'x'.repeat(script.send.bytes) : new Uint8Array(script.send.bytes));
      // With something to send and a close to make, close once the echo is back.
      if (closeWith && !script.send) closeNow(ws);
    };
    ws.onmessage = (e) => {
      const bytes =
        typeof e.data === 'string' ? new TextEncoder().encode(e.data).length : (e.data as ArrayBuffer).byteLength;
      events.push({ type: 'message', at: at(), bytes });
      if (closeWith) closeNow(ws);
    };
    ws.onerror = (e) => {
      events.push({ type: 'error', at: at() });
      // Browsers fire a plain Event; Node, Bun, Deno and `ws` fire one with a message, sometimes empty.
      if ('message' in e && typeof e.message === 'string') messages.push({ via: 'error-event', text: e.message });
    };
    ws.onclose = (e) => {
      clearTimeout(timer);
      close = { code: e.code, reason: e.reason, wasClean: e.wasClean };
      events.push({ type: 'close', at: at(), code: e.code, reason: e.reason, wasClean: e.wasClean });
      resolve();
    };
  });
  return { events, close, messages };
}

/** Whether the demo server sees a run of `s` at all, and so keeps a record of it. */
export function hasServerRecord(s: PublishedScenario): boolean {
  return s.transport !== 'tls' && s.transport !== 'refused';
}

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
  if (s.transport === 'frame') {
    await runInFrame(s, origin, runId);
    return { runId, events: [], close: null, messages: [], record: await fetchRecord(origin, runId) };
  }
  const closeWith = s.closeWith && {
    ...s.closeWith,
    ...(s.custom && params.code !== undefined ? { code: params.code } : {}),
    ...(s.custom && params.reason !== undefined ? { reason: params.reason } : {}),
  };
  const play = await playSocket(socketUrl(s, origin, runId, params), s, Socket, closeWith);
  const record = hasServerRecord(s) && withRecord ? await fetchRecord(origin, runId) : null;
  return { runId, ...play, record };
}
