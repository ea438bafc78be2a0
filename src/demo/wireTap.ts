/**
 * Reads the WebSocket frames that cross a socket, in both directions, and
 * reports the Close frames: what each side actually put on the wire, which
 * is often not what its API reported.
 */
import type { Socket } from 'node:net';

/** A Close frame as seen on the wire. */
export interface WireClose {
  /** The status code; 1005 when the frame had no body, as RFC 6455 §7.1.5 reports it. */
  code: number;
  /** The reason text (decoded leniently). */
  reason: string;
  /** The whole frame payload (unmasked) in hex; empty for an empty Close frame. */
  payloadHex: string;
  /** Milliseconds since the tap started. */
  at: number;
}

/** Incrementally parses a byte stream into frames and reports Close frames. */
export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);
  private done = false;
  private readonly onClose: (payload: Buffer) => void;

  constructor(onClose: (payload: Buffer) => void) {
    this.onClose = onClose;
  }

  /** Feed the next chunk of the stream. */
  push(chunk: Buffer): void {
    if (this.done) return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 0x0f;
      const masked = (this.buffer[1]! & 0x80) !== 0;
      let length = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const keyAt = offset;
      if (masked) offset += 4;
      if (this.buffer.length < offset + length) return;
      if (opcode === 0x8) {
        const payload = Buffer.from(this.buffer.subarray(offset, offset + length));
        if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= this.buffer[keyAt + (i % 4)]!;
        this.done = true; // nothing after a Close frame matters
        this.onClose(payload);
        return;
      }
      this.buffer = this.buffer.subarray(offset + length);
    }
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

/**
 * Tap a server-side socket after the HTTP upgrade: incoming bytes through a
 * `data` listener placed before the `ws` library's, outgoing bytes by
 * wrapping `write`.
 */
export function tapSocket(socket: Socket, events: TapEvents): void {
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const incoming = new FrameReader((payload) => events.received(decodeClose(payload, since())));
  const outgoing = new FrameReader((payload) => events.sent(decodeClose(payload, since())));
  // `ws` re-emits the upgrade's `head` as data and unmasks frames in place,
  // so read before it does, from a copy.
  socket.prependListener('data', (chunk: Buffer) => incoming.push(Buffer.from(chunk)));
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((data: unknown, ...rest: unknown[]) => {
    if (Buffer.isBuffer(data)) outgoing.push(data);
    else if (data instanceof Uint8Array) outgoing.push(Buffer.from(data));
    return write(data, ...rest);
  }) as Socket['write'];
}
