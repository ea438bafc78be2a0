/**
 * The `tls-untrusted` scenario's listener: wss:// with a self-signed
 * certificate generated at start, which no trust store holds. Keys live only
 * in memory; nothing is written to disk or committed.
 */
import { createServer, type Server } from 'node:https';
import { generate } from 'selfsigned';
import type { Demo } from './demoServer.ts';
import { replyJson } from './httpReply.ts';

/** Start the untrusted TLS listener on `port` (0 for any). */
export async function startTlsListener(demo: Demo, port: number, host?: string): Promise<Server> {
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
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    if (!demo.handleRequest(req, res)) replyJson(res, 404, { error: 'not-found', detail: 'Only the demo lives here.' });
  });
  server.on('upgrade', (req, socket, head) => {
    if (!demo.handleUpgrade(req, socket, head)) socket.destroy();
  });
  server.on('tlsClientError', () => undefined); // browsers rejecting the certificate is the point
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
