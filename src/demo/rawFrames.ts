/**
 * Hand-built WebSocket frames for the scenarios that break the protocol on
 * purpose. Nothing else in the project writes raw frames.
 */

const OPCODE_TEXT = 0x1;
const OPCODE_CLOSE = 0x8;

/** Options for one frame. */
export interface FrameOptions {
  /** Opcode (1 text, 2 binary, 8 close, ...). */
  opcode: number;
  /** Payload bytes. */
  payload: Buffer;
  /** Set RSV1 (no extension negotiates it here, so this is a protocol error). */
  rsv1?: boolean;
  /** Mask the payload, which a server must never do (RFC 6455 §5.1). */
  mask?: boolean;
}

/** Encode a single, final frame. Payloads up to 65535 bytes. */
export function encodeFrame({ opcode, payload, rsv1 = false, mask = false }: FrameOptions): Buffer {
  if (payload.length > 0xffff) throw new RangeError('payload too long for this encoder');
  const extended = payload.length > 125;
  const header = Buffer.alloc(2 + (extended ? 2 : 0) + (mask ? 4 : 0));
  header[0] = 0x80 | (rsv1 ? 0x40 : 0) | opcode;
  header[1] = (mask ? 0x80 : 0) | (extended ? 126 : payload.length);
  if (extended) header.writeUInt16BE(payload.length, 2);
  let body = payload;
  if (mask) {
    const key = Buffer.from([0x12, 0x34, 0x56, 0x78]);
    key.copy(header, header.length - 4);
    body = Buffer.from(payload.map((byte, i) => byte ^ key[i % 4]!));
  }
  return Buffer.concat([header, body]);
}

/** A Close frame carrying `code` (any value, valid or not) and `reason`. */
export function closeFrame(code: number, reason = ''): Buffer {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return encodeFrame({ opcode: OPCODE_CLOSE, payload });
}

/** A Close frame with no payload at all. */
export function emptyCloseFrame(): Buffer {
  return encodeFrame({ opcode: OPCODE_CLOSE, payload: Buffer.alloc(0) });
}

/** A Close frame whose payload is one byte: too short for a status code (RFC 6455 §5.5.1). */
export function oneByteCloseFrame(): Buffer {
  return encodeFrame({ opcode: OPCODE_CLOSE, payload: Buffer.from([0x03]) });
}

/** A text frame whose payload is not valid UTF-8 (RFC 6455 §8.1). */
export function invalidUtf8TextFrame(): Buffer {
  // 0xC3 0x28 is an invalid two-byte sequence; 0xFF never appears in UTF-8.
  return encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from([0x68, 0x69, 0xc3, 0x28, 0xff]) });
}

/** A masked text frame, as only clients may send. */
export function maskedTextFrame(): Buffer {
  return encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('masked'), mask: true });
}

/** A text frame with RSV1 set and no extension to give it meaning. */
export function reservedBitTextFrame(): Buffer {
  return encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('rsv1'), rsv1: true });
}
