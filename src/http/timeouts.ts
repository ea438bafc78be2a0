/** The timeouts and malformed-request answer every listener of `npm start` shares, plain HTTP and TLS alike. */
import type { Duplex } from 'node:stream';

/** Server options that bound how long a client may take to send a request (and, on TLS, its handshake). */
export function requestTimeouts(headersTimeoutMs: number): {
  headersTimeout: number;
  requestTimeout: number;
  connectionsCheckingInterval: number;
} {
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: headersTimeoutMs * 3,
    // Check for slow headers often, not every 30 s as Node does by default.
    connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
  };
}

/** `clientError`: answer a malformed or too-slow request briefly (slowloris gets 408) and drop the connection. */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  socket.destroy();
}
