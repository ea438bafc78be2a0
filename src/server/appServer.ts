/**
 * The one server behind `npm start`: the built site and the live demo on one
 * origin and port, plus the demo's untrusted TLS listener. Every request and
 * upgrade goes through a guard, so no client can take the process down.
 */
import { createServer, type Server } from 'node:http';
import type { Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDemo, mountDemoUpgrades, type Demo } from '../demo/demoServer.ts';
import { replyJson } from '../http/reply.ts';
import { startTlsListener } from '../demo/tlsListener.ts';
import {} from '../demo/validateRequest.ts';
import { MALFORMED_TARGET } from '../http/requestTarget.ts';
import { guardRequest } from '../http/guard.ts';
import { INVALID_HOST, requestHostname } from '../http/hostHeader.ts';
import { parseRequestTarget } from '../http/requestTarget.ts';
import { requestTimeouts } from '../http/timeouts.ts';
import { portError, type ServerConfig } from './config.ts';
import { listen } from './listen.ts';
import { createSecurityHeaders, inlineScriptHashes } from './securityHeaders.ts';
import { createSiteHandler } from './siteHandler.ts';
import { freePort } from '../build/freePort.ts';

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
  /** The port freed at start for the `connection-refused` scenario. */
  refusedPort: number;
  /** Send 1001 to every demo socket, stop listening, and resolve when every close is logged. */
  shutdown(): Promise<void>;
}

/** Start the site and demo from `distDir`; a busy or forbidden port rejects with the `ConfigError` naming its variable. */
export async function startAppServer(distDir: string, config: ServerConfig): Promise<AppServer> {
  let sitePort = config.port;
  let tlsPort: number | null = null;
  // Freed just now, so nothing listens there; not a well-known port, which browsers may refuse before connecting.
  const refusedPort = await freePort();
  const log = config.log
    ? (entry: Record<string, unknown>) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }))
    : () => undefined;
  const demo = await createDemo({
    sitePort: () => sitePort,
    tlsPort: () => tlsPort,
    refusedPort: () => refusedPort,
    publicOrigin: config.publicOrigin,
    allowedOrigins: config.allowedOrigins,
    limits: config.limits,
    idleMs: config.idleMs,
    log,
  });
  const headersFor = createSecurityHeaders(inlineScriptHashes(distDir), (hostname) => [
    ...(tlsPort === null ? [] : [`wss://${hostname}:${tlsPort}`]),
    `ws://${hostname}:${refusedPort}`,
  ]);
  // Without a configured public origin the CSP names the request's host, so caches must key on it.
  const varyHost: Record<string, string> = config.publicOrigin ? {} : { Vary: 'Host' };
  const site = createSiteHandler(distDir);
  const http = createServer(
    requestTimeouts(config.headersTimeoutMs),
    guardRequest((req, res) => {
      if (!parseRequestTarget(req.url)) return replyJson(res, 400, MALFORMED_TARGET);
      const hostname = requestHostname(req, config.publicOrigin);
      if (hostname === null) return replyJson(res, 400, INVALID_HOST);
      for (const [name, value] of Object.entries({ ...headersFor(hostname), ...varyHost })) res.setHeader(name, value);
      if (!demo.handleRequest(req, res)) site(req, res);
    }, log),
  );
  mountDemoUpgrades(http, demo, log);
  await listen(http, 'port', config.port);
  sitePort = (http.address() as AddressInfo).port;
  let tls: TlsServer | null = null;
  if (config.tlsPort !== null) {
    try {
      tls = await startTlsListener(demo, config.tlsPort, { headersTimeoutMs: config.headersTimeoutMs, log });
    } catch (error) {
      http.close();
      throw portError('tlsPort', config.tlsPort, error);
    }
    tlsPort = (tls.address() as AddressInfo).port;
  }
  return {
    http,
    tls,
    demo,
    port: sitePort,
    tlsPort,
    refusedPort,
    async shutdown() {
      http.close();
      tls?.close();
      await demo.shutdown(2000);
      http.closeAllConnections();
      tls?.closeAllConnections();
    },
  };
}
