/**
 * The one server behind `npm start`: the built site and the live demo on one
 * origin and port, plus the demo's untrusted TLS listener.
 */
import { createServer, type Server } from 'node:http';
import type { Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDemo, type Demo } from '../demo/demoServer.ts';
import { startTlsListener } from '../demo/tlsListener.ts';
import type { ServerConfig } from './config.ts';
import { createSecurityHeaders, inlineScriptHashes } from './securityHeaders.ts';
import { createSiteHandler } from './siteHandler.ts';

/** A running app server. */
export interface AppServer {
  /** The HTTP server of the site and demo. */
  http: Server;
  /** The untrusted TLS listener, when enabled. */
  tls: TlsServer | null;
  /** The demo. */
  demo: Demo;
  /** Port the site listens on. */
  port: number;
  /** Port of the TLS listener, or null. */
  tlsPort: number | null;
  /** Send 1001 to every demo socket, stop listening, and resolve when done. */
  shutdown(): Promise<void>;
}

/** Start the site and demo from `distDir`. */
export async function startAppServer(distDir: string, config: ServerConfig): Promise<AppServer> {
  let sitePort = config.port;
  let tlsPort: number | null = null;
  const demo = await createDemo({
    sitePort: () => sitePort,
    tlsPort: () => tlsPort,
    allowedOrigins: config.allowedOrigins,
    limits: config.limits,
    idleMs: config.idleMs,
    log: config.log
      ? (entry) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }))
      : () => undefined,
  });
  const headersFor = createSecurityHeaders(inlineScriptHashes(distDir), (hostname) =>
    tlsPort === null ? [] : [`wss://${hostname}:${tlsPort}`],
  );
  const site = createSiteHandler(distDir);
  const http = createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.headersTimeoutMs * 3,
      // Check for slow headers often, not every 30 s as Node does by default.
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
    (req, res) => {
      const hostname = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
      for (const [name, value] of Object.entries(headersFor(hostname))) res.setHeader(name, value);
      if (!demo.handleRequest(req, res)) site(req, res);
    },
  );
  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => undefined);
    if (!demo.handleUpgrade(req, socket, head)) socket.destroy();
  });
  // Malformed or too-slow requests: answer briefly and drop the connection (slowloris gets 408).
  http.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, resolve);
  });
  sitePort = (http.address() as AddressInfo).port;
  let tls: TlsServer | null = null;
  if (config.tlsPort !== null) {
    tls = await startTlsListener(demo, config.tlsPort);
    tlsPort = (tls.address() as AddressInfo).port;
  }
  return {
    http,
    tls,
    demo,
    port: sitePort,
    tlsPort,
    async shutdown() {
      http.close();
      tls?.close();
      await demo.shutdown(2000);
      http.closeAllConnections();
    },
  };
}
