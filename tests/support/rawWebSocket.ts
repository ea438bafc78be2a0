/** A hand-driven WebSocket client over raw TCP: sends any bytes, including frames no library would write. */
import { createHash, randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { openRaw } from './rawHttp.ts';

/** A frame the server sent. */
export interface ServerFrame {
  /** Opcode. */
  opcode: number;
  /** Payload (servers do not mask). */
  payload: Buffer;
}

/** Options for `frame`. */
export interface FrameOptions {
  /** FIN bit; default true. */
  fin?: boolean;
  /** RSV1–3 as a 3-bit number; default 0. */
  rsv?: number;
  /** Mask the payload, as a client must; default true. */
  mask?: boolean;
  /** Claim this payload length in the header instead of the real one. */
  claimLength?: bigint;
}

/** Encode one frame. */
export function frame(opcode: number, payload: Buffer = Buffer.alloc(0), options: FrameOptions = {}): Buffer {
  const { fin = true, rsv = 0, mask = true } = options;
  const length = options.claimLength ?? BigInt(payload.length);
  const head: number[] = [(fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f)];
  let ext = Buffer.alloc(0);
  if (length < 126n) head.push(Number(length));
  else if (length < 65536n) {
    head.push(126);
    ext = Buffer.alloc(2);
    ext.writeUInt16BE(Number(length));
  } else {
    head.push(127);
    ext = Buffer.alloc(8);
    ext.writeBigUInt64BE(length);
  }
  if (mask) head[1]! |= 0x80;
  const key = mask ? randomBytes(4) : Buffer.alloc(0);
  const body = Buffer.from(payload);
  if (mask) for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
  return Buffer.concat([Buffer.from(head), ext, key, body]);
}

/** A Close frame payload: code and reason. */
export function closePayload(code: number, reason: Buffer | string = ''): Buffer {
  const head = Buffer.alloc(2);
  head.writeUInt16BE(code);
  return Buffer.concat([head, Buffer.isBuffer(reason) ? reason : Buffer.from(reason)]);
}

/** An open raw WebSocket connection. */
export interface RawWebSocket {
  /** The TCP socket. */
  socket: Socket;
  /** Frames the server sent so far. */
  frames: ServerFrame[];
  /** Resolves when the server sends a Close frame (with its code, or 1005 for none) or the connection ends (null). */
  closed: Promise<number | null>;
}

/** Open `path` on 127.0.0.1:`port` with a real opening handshake; rejects if the answer is not 101. */
export async function openRawWebSocket(port: number, path: string): Promise<RawWebSocket> {
  const socket = await openRaw(port);
  const key = randomBytes(16).toString('base64');
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${key}\r\n\r\n`,
  );
  const frames: ServerFrame[] = [];
  let buffer = Buffer.alloc(0);
  let upgraded = false;
  let resolveClosed!: (code: number | null) => void;
  const closed = new Promise<number | null>((r) => (resolveClosed = r));
  return new Promise((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString('latin1');
        const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
        if (!head.startsWith('HTTP/1.1 101') || !head.includes(accept)) {
          socket.destroy();
          return reject(new Error(`no upgrade: ${head.split('\r\n')[0]}`));
        }
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        resolve({ socket, frames, closed });
      }
      for (;;) {
        if (buffer.length < 2) return;
        let length = buffer[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffer.length < offset + length) return;
        const f = { opcode: buffer[0]! & 0x0f, payload: Buffer.from(buffer.subarray(offset, offset + length)) };
        frames.push(f);
        buffer = buffer.subarray(offset + length);
        if (f.opcode === 0x8) resolveClosed(f.payload.length >= 2 ? f.payload.readUInt16BE(0) : 1005);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      resolveClosed(null);
      if (!upgraded) reject(new Error('closed before the upgrade'));
    });
  });
}
