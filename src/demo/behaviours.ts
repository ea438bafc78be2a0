/** What the server does in each scenario once the socket is open. */
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import * as raw from './rawFrames.ts';
import {
  MESSAGE_LIMIT_BYTES,
  NO_CLOSE_REPLY_DROP_MS,
  RANGE_PROBES,
  RESERVED_ON_WIRE_CODES,
  SERVER_CLOSE_CODES,
  type ScenarioId,
  type ServedScenarioId,
} from '../scenarios/catalog.ts';

/** What a behaviour can act on. */
export interface BehaviourContext {
  /** The server side of the socket, from the `ws` library. */
  ws: WebSocket;
  /** The raw TCP socket underneath, for frames `ws` would refuse to send. */
  socket: Socket;
  /** Custom close code (custom scenarios). */
  code: number;
  /** Custom close reason (custom scenarios). */
  reason: string;
  /** A `ws://` URL of an upstream that refuses connections (the bad-gateway scenario). */
  refusingUpstream: string;
  /** Count a received message (never its body). */
  countMessage(): void;
  /** Note a hand-written frame in the run's record. */
  noteRawFrame(frame: Buffer): void;
}

/** A scenario's server side. */
export type Behaviour = (ctx: BehaviourContext) => void;

/**
 * The most an echo lets wait in its send buffer before it stops reading: a
 * client that sends and never reads is slowed to what it reads, so each
 * socket holds at most this plus one message (`maxPayload`) and the
 * socket's own buffers.
 */
export const ECHO_HIGH_WATER_BYTES = 1024 * 1024;

/** Give a client this long to react to a broken frame before the server gives up on it. */
const REACTION_TIMEOUT_MS = 3000;

/**
 * Breaking the connection in the same instant as the handshake races the
 * client's `open` event (the lab saw Firefox skip `open` now and then), so
 * the scenarios that break things wait this long after the handshake.
 */
export const SETTLE_MS = 100;

/** Run `act` once the client has had time to see the socket open, unless it closed first. */
function afterSettle(ws: WebSocket, act: () => void): void {
  const timer = setTimeout(act, SETTLE_MS);
  ws.once('close', () => clearTimeout(timer));
}

/** Write raw bytes the `ws` library would refuse to produce, then wait for the client's reaction. */
function sendRaw(frame: () => Buffer): Behaviour {
  return ({ ws, socket, noteRawFrame }) =>
    afterSettle(ws, () => {
      const bytes = frame();
      noteRawFrame(bytes);
      socket.write(bytes);
      const timer = setTimeout(() => ws.terminate(), REACTION_TIMEOUT_MS);
      ws.once('close', () => clearTimeout(timer));
    });
}

/** Close with `code` as soon as the socket is open. */
const closeWith =
  (code: number): Behaviour =>
  ({ ws }) =>
    ws.close(code, `server closed with ${code}`);

/** Wait for the client to act (it closes, or the idle timeout does). */
const waitForClient: Behaviour = ({ ws, countMessage }) => {
  ws.on('message', countMessage);
};

/** Echo every message back; while the send buffer is over `ECHO_HIGH_WATER_BYTES`, stop reading until it drains. */
const echoWithBackpressure: Behaviour = ({ ws, socket, countMessage }) => {
  let paused = false;
  ws.on('message', (data, isBinary) => {
    countMessage();
    ws.send(data, { binary: isBinary });
    if (paused || ws.bufferedAmount <= ECHO_HIGH_WATER_BYTES) return;
    paused = true;
    ws.pause();
    socket.once('drain', () => {
      paused = false;
      ws.resume();
    });
  });
};

/** Run a message handler; an exception in it closes the socket with 1011, as a real server's error handler would. */
function guarded(ws: WebSocket, handler: () => void): void {
  try {
    handler();
  } catch {
    ws.close(1011, 'internal error');
  }
}

/** One behaviour per code, keyed `<prefix><code>`; the one cast is what `Object.fromEntries` cannot type. */
/** One behaviour per code, keyed `<prefix><code>`; the one cast is what `Object.fromEntries` cannot type. */
function byCode<P extends string, C extends number>(
  prefix: P,
  codes: readonly C[],
  make: (code: C) => Behaviour,
): Record<`${P}${C}`, Behaviour> {
  return Object.fromEntries(codes.map((c) => [`${prefix}${c}`, make(c)])) as Record<`${P}${C}`, Behaviour>;
}

const [unused, unassigned] = RANGE_PROBES;
/** Write a raw Close frame with the code, naming its kind in the reason. */
const rawCloseWith =
  (kind: string) =>
  (code: number): Behaviour =>
    sendRaw(() => raw.closeFrame(code, `${kind} ${code}`));

/**
 * What the server does in each scenario it accepts, keyed by scenario id: a
 * scenario without a behaviour does not compile. Scenarios whose server
 * refuses the handshake (`handshake` in the catalog) have none.
 */
export const BEHAVIOURS: Record<ServedScenarioId, Behaviour> = {
  ...byCode('server-close-', SERVER_CLOSE_CODES, closeWith),
  'server-close-custom': ({ ws, code, reason }) => ws.close(code, reason),
  'client-close-1000': waitForClient,
  'client-close-custom': waitForClient,
  'client-close-nocode': waitForClient,
  'client-navigate-away': waitForClient,
  // `ws` sends a Close frame without a body when close() gets no code.
  'server-empty-close': ({ ws }) => ws.close(),
  'server-drop-tcp': ({ ws }) => afterSettle(ws, () => ws.terminate()),
  ...byCode('server-sends-reserved-', RESERVED_ON_WIRE_CODES, rawCloseWith('reserved')),
  ...byCode(`server-sends-${unused.kind}-` as const, [unused.code], rawCloseWith(unused.kind)),
  ...byCode(`server-sends-${unassigned.kind}-` as const, [unassigned.code], rawCloseWith(unassigned.kind)),
  'server-close-3000': closeWith(3000),
  'server-close-4401': ({ ws }) => ws.close(4401, 'Unauthorized'),
  'client-close-1001': waitForClient,
  'client-close-reason-too-long': waitForClient,
  'server-no-close-reply': ({ ws, socket, countMessage }) => {
    ws.on('message', countMessage);
    // `ws` answers a Close from its receiver by calling this socket's close(); not answering is the scenario.
    ws.close = () => {
      const timer = setTimeout(() => socket.destroy(), NO_CLOSE_REPLY_DROP_MS);
      socket.once('close', () => clearTimeout(timer));
    };
  },
  'server-close-1-byte': sendRaw(raw.oneByteCloseFrame),
  'server-invalid-utf8': sendRaw(raw.invalidUtf8TextFrame),
  'server-masked-frame': sendRaw(raw.maskedTextFrame),
  'server-reserved-bits': sendRaw(raw.reservedBitTextFrame),
  // `ws` itself rejects the frame from its header (the scenario's maxPayload) and closes with 1009.
  'message-too-big': waitForClient,
  // The application's own limit, checked once the whole message has been read.
  'message-too-big-after-read': ({ ws, countMessage }) =>
    ws.on('message', (data: Buffer) => {
      countMessage();
      if (data.length > MESSAGE_LIMIT_BYTES)
        ws.close(1009, `message too big: the limit is ${MESSAGE_LIMIT_BYTES} bytes`);
    }),
  'text-to-binary-only': ({ ws, countMessage }) =>
    ws.on('message', (_data, isBinary) => {
      countMessage();
      if (!isBinary) ws.close(1003, 'binary messages only');
    }),
  'policy-violation': ({ ws, countMessage }) =>
    ws.on('message', (data) => {
      countMessage();
      if (!String(data).startsWith('token:')) ws.close(1008, 'missing token');
    }),
  'internal-error': ({ ws, countMessage }) =>
    ws.on('message', () => {
      countMessage();
      guarded(ws, () => {
        throw new Error('handler failed');
      });
    }),
  'bad-gateway': ({ ws, refusingUpstream }) => {
    const upstream = new WebSocket(refusingUpstream);
    upstream.on('error', () => {
      if (ws.readyState === WebSocket.OPEN) ws.close(1014, 'upstream refused the connection');
    });
    upstream.on('open', () => upstream.close(1000));
    ws.on('close', () => upstream.terminate());
  },
  // Only clients that skip certificate checks ever get here.
  'tls-untrusted': echoWithBackpressure,
  echo: echoWithBackpressure,
};

/** The behaviour of a scenario, or `undefined` for one whose server refuses the handshake. */
export function behaviourOf(id: ScenarioId): Behaviour | undefined {
  // Widening the key type is safe: refused scenarios simply have no entry.
  return (BEHAVIOURS as Partial<Record<ScenarioId, Behaviour>>)[id];
}
