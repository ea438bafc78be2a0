/**
 * The `tls-untrusted` scenario's listener: wss:// with a self-signed
 * certificate generated at start, which no trust store holds. Keys live only
 * in memory; nothing is written to disk or committed. It is as exposed as
 * the site's own listener, so it gets the same timeouts, a handshake
 * timeout, and the same guards.
 */
import { createServer, type Server } from 'node:https';
import { generate } from 'selfsigned';
import { mountDemoUpgrades, type Demo } from './demoServer.ts';
import { replyJson } from '../http/reply.ts';
import { guardRequest, type ErrorLog } from '../http/guard.ts';
import { requestTimeouts } from '../http/timeouts.ts';
import { TRUST_NONE } from '../http/trustProxy.ts';

/** How the listener bounds its clients. */
export interface TlsListenerOptions {
  /** Request headers, and the TLS handshake, must arrive within this many milliseconds. */
  headersTimeoutMs: number;
  /** Where unexpected errors are logged. */
  log: ErrorLog;
}

/** Start the untrusted TLS listener on `port` (0 for any). */
export async function startTlsListener(
  demo: Demo,
  port: number,
  { headersTimeoutMs, log }: TlsListenerOptions,
  host?: string,
): Promise<Server> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const server = createServer(
    { key: pems.private, cert: pems.cert, ...requestTimeouts(headersTimeoutMs), handshakeTimeout: headersTimeoutMs },
    guardRequest((req, res) => {
      if (!demo.handleRequest(req, res))
        replyJson(res, 404, { error: 'not-found', detail: 'Only the demo lives here.' });
    }, log),
  );
  // It terminates its own TLS, so no proxy can stand in front of it: forwarding headers are never believed.
  mountDemoUpgrades(server, demo, log, TRUST_NONE);
  server.on('tlsClientError', (_err, socket) => socket.destroy()); // browsers rejecting the certificate is the point
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
