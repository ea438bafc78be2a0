/** Raw bytes to a real server over TCP or TLS, for requests no HTTP client would send. */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/** What came back for one raw request. */
export interface RawOutcome {
  /** The status of the first response line, or null when the connection closed without one. */
  status: number | null;
  /** Everything the server sent (at most 64 KiB kept). */
  text: string;
  /** True when the client gave up waiting: neither a status nor a close arrived in time. */
  timedOut: boolean;
}

/** Open a connection to 127.0.0.1:`port`, plain or TLS (any certificate). */
export function openRaw(port: number, tls = false): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tls
      ? tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => resolve(socket))
      : netConnect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * Send `bytes` on a fresh connection and wait until the server has answered
 * a status line and closed, closed without one, or `timeoutMs` passed.
 */
export async function rawRequest(
  port: number,
  bytes: string | Buffer,
  { tls = false, timeoutMs = 5000 }: { tls?: boolean; timeoutMs?: number } = {},
): Promise<RawOutcome> {
  let socket: Socket;
  try {
    socket = await openRaw(port, tls);
  } catch {
    return { status: null, text: '', timedOut: false };
  }
  return new Promise((resolve) => {
    let text = '';
    let done = false;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : null, text, timedOut });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      if (text.length < 65_536) text += chunk.toString('latin1');
      // One response is enough: a complete head with a body we don't need to wait for.
      if (/^HTTP\/1\.[01] \d{3}[^\r\n]*\r\n[\s\S]*?\r\n\r\n/.test(text)) finish(false);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    socket.write(bytes);
  });
}
