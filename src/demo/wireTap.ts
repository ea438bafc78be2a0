/**
 * Reads the WebSocket frames that cross a socket, in both directions, and
 * reports the Close frames: what each side actually put on the wire, which
 * is often not what its API reported.
 *
 * Bounded for a public server: it parses frame headers only and skips
 * payload bytes without buffering them, keeping at most one frame header
 * and one Close payload (RFC 6455 §5.5: at most 125 bytes) per direction.
 */
import type { Socket } from 'node:net';
import type { WireClose } from '../scenarios/runRecord.ts';

/** The longest frame header: 2 bytes, a 64-bit length, a 4-byte mask key (RFC 6455 §5.2). */
const MAX_HEADER = 14;
/** The longest payload a control frame may have (RFC 6455 §5.5). */
const MAX_CONTROL_PAYLOAD = 125;
/** The most bytes a reader ever holds. */
export const TAP_MAX_RETAINED = MAX_HEADER + MAX_CONTROL_PAYLOAD;
/** After `ws` stops reading a socket, the tap reads at most this much more, to catch the peer's Close frame. */
export const TAP_AFTER_STOP_BYTES = 1024 * 1024;

/** Incrementally parses a byte stream into frame headers and reports the first Close frame. */
export class FrameReader {
  private readonly header = Buffer.alloc(MAX_HEADER);
  private headerFilled = 0;
  /** Payload bytes of the current non-Close frame still to skip. */
  private skip = 0;
  private close: { payload: Buffer; filled: number; mask: Buffer | null } | null = null;
  private done = false;
  private budget = Infinity;
  private readonly onClose: (payload: Buffer) => void;

  constructor(onClose: (payload: Buffer) => void) {
    this.onClose = onClose;
  }

  /** Bytes held right now: never more than `TAP_MAX_RETAINED`. */
  get retainedBytes(): number {
    return this.done ? 0 : this.headerFilled + (this.close?.filled ?? 0);
  }

  /** Whether the reader has stopped (after a Close frame, a malformed one, `stop()` or its budget). */
  get stopped(): boolean {
    return this.done;
  }

  /** Stop reading now, or after `afterBytes` more bytes. */
  stop(afterBytes = 0): void {
    if (afterBytes > 0) this.budget = Math.min(this.budget, afterBytes);
    else this.finish();
  }

  private finish(): void {
    this.done = true;
    this.close = null;
    this.headerFilled = 0;
  }

  /** The header's total length once its first two bytes are known. */
  private headerLength(): number {
    const length7 = this.header[1]! & 0x7f;
    const masked = (this.header[1]! & 0x80) !== 0;
    return 2 + (length7 === 126 ? 2 : length7 === 127 ? 8 : 0) + (masked ? 4 : 0);
  }

  /** Feed the next chunk of the stream; the chunk is read, never kept. */
  push(chunk: Buffer): void {
    if (this.done) return;
    if (chunk.length >= this.budget) {
      chunk = chunk.subarray(0, this.budget);
      this.budget = 0;
    } else this.budget -= chunk.length;
    let at = 0;
    while (!this.done && at < chunk.length) {
      if (this.close) {
        const n = Math.min(this.close.payload.length - this.close.filled, chunk.length - at);
        chunk.copy(this.close.payload, this.close.filled, at, at + n);
        this.close.filled += n;
        at += n;
        if (this.close.filled === this.close.payload.length) this.report();
      } else if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
      } else {
        const want = this.headerFilled < 2 ? 2 : this.headerLength();
        const n = Math.min(want - this.headerFilled, chunk.length - at);
        chunk.copy(this.header, this.headerFilled, at, at + n);
        this.headerFilled += n;
        at += n;
        if (this.headerFilled >= 2 && this.headerFilled === this.headerLength()) this.startPayload();
      }
    }
    if (this.budget === 0) this.finish();
  }

  private startPayload(): void {
    const h = this.header;
    const opcode = h[0]! & 0x0f;
    const masked = (h[1]! & 0x80) !== 0;
    const length7 = h[1]! & 0x7f;
    const length = length7 === 126 ? h.readUInt16BE(2) : length7 === 127 ? Number(h.readBigUInt64BE(2)) : length7;
    const maskAt = length7 === 126 ? 4 : length7 === 127 ? 10 : 2;
    this.headerFilled = 0;
    if (opcode !== 0x8) {
      this.skip = length;
      return;
    }
    // A Close frame longer than a control frame may be is malformed: nothing trustworthy follows.
    if (length > MAX_CONTROL_PAYLOAD) return this.finish();
    this.close = {
      payload: Buffer.alloc(length),
      filled: 0,
      mask: masked ? Buffer.from(h.subarray(maskAt, maskAt + 4)) : null,
    };
    if (length === 0) this.report();
  }

  private report(): void {
    const { payload, mask } = this.close!;
    if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    this.finish(); // nothing after a Close frame matters
    this.onClose(payload);
  }
}

/** Decode a Close frame payload into what the receiving API should report. */
export function decodeClose(payload: Buffer, at: number): WireClose {
  return {
    code: payload.length >= 2 ? payload.readUInt16BE(0) : 1005,
    reason: payload.length > 2 ? payload.subarray(2).toString('utf8') : '',
    payloadHex: payload.toString('hex'),
    at,
  };
}

/** Callbacks from a tapped socket. */
export interface TapEvents {
  /** The server wrote a Close frame. */
  sent(close: WireClose): void;
  /** The client's Close frame arrived. */
  received(close: WireClose): void;
}

/** A running tap. */
export interface Tap {
  /** Bytes the tap holds now, both directions. */
  retainedBytes(): number;
  /** The server's WebSocket stopped reading: read at most `TAP_AFTER_STOP_BYTES` more of the client's bytes. */
  serverStoppedReading(): void;
  /** Stop tapping. */
  stop(): void;
}

/**
 * Tap a server-side socket after the HTTP upgrade: incoming bytes through a
 * `data` listener placed before the `ws` library's (which unmasks frames in
 * place, after this listener has read them), outgoing bytes by wrapping
 * `write`. Stops by itself when the socket closes.
 */
export function tapSocket(socket: Socket, events: TapEvents): Tap {
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const incoming = new FrameReader((payload) => events.received(decodeClose(payload, since())));
  const outgoing = new FrameReader((payload) => events.sent(decodeClose(payload, since())));
  const onData = (chunk: Buffer) => {
    incoming.push(chunk);
    if (incoming.stopped) socket.removeListener('data', onData);
  };
  socket.prependListener('data', onData);
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((data: unknown, ...rest: unknown[]) => {
    if (Buffer.isBuffer(data)) outgoing.push(data);
    else if (data instanceof Uint8Array) outgoing.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return write(data, ...rest);
  }) as Socket['write'];
  const stop = () => {
    incoming.stop();
    outgoing.stop();
    socket.removeListener('data', onData);
  };
  socket.once('close', stop);
  return {
    retainedBytes: () => incoming.retainedBytes + outgoing.retainedBytes,
    serverStoppedReading: () => incoming.stop(TAP_AFTER_STOP_BYTES),
    stop,
  };
}
