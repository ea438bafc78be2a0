/**
 * The one server behind `npm start`: the built site and the live demo on one
 * origin and port, plus the demo's untrusted TLS listener (with `DEMO_ONLY`,
 * the demo alone), and `/healthz`. Every request and upgrade goes through a
 * guard, so no client can take the process down.
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
import { createSecurityHeaders, DEMO_ONLY_SECURITY_HEADERS, inlineScriptHashes } from './securityHeaders.ts';
import { createSiteHandler, type Handler } from './siteHandler.ts';
import { answerHealth, HEALTH_PATH } from './health.ts';
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
  /**
   * Drain: stop listening, answer `/healthz` with 503, send 1001 to every demo socket, let requests under way
   * finish (1 s at most), and resolve when every close is logged.
   */
  shutdown(): Promise<void>;
}

/** What every path outside the demo and `/healthz` gets with `DEMO_ONLY`. */
const demoOnlyNotFound: Handler = (_req, res) =>
  replyJson(res, 404, { error: 'not-found', detail: 'This server runs only the demo: see /demo/scenarios.json.' });

/**
 * Start the site and demo from `distDir` (not read with `DEMO_ONLY`); a busy or forbidden port rejects with the
 * `ConfigError` naming its variable.
 */
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
  const headersFor = config.demoOnly
    ? () => DEMO_ONLY_SECURITY_HEADERS
    : createSecurityHeaders(inlineScriptHashes(distDir), (hostname) => [
        ...(tlsPort === null ? [] : [`wss://${hostname}:${tlsPort}`]),
        `ws://${hostname}:${refusedPort}`,
      ]);
  // Without a configured public origin the CSP names the request's host, so caches must key on it.
  const varyHost: Record<string, string> = config.publicOrigin || config.demoOnly ? {} : { Vary: 'Host' };
  const site = config.demoOnly ? demoOnlyNotFound : createSiteHandler(distDir);
  let draining = false;
  const http = createServer(
    requestTimeouts(config.headersTimeoutMs),
    guardRequest((req, res) => {
      const url = parseRequestTarget(req.url);
      if (!url) return replyJson(res, 400, MALFORMED_TARGET);
      // A client that keeps its connection through a drain is told to let go of it.
      if (draining) res.setHeader('Connection', 'close');
      // Before the Host check: a load balancer may probe by address, or with no Host at all.
      if (url.pathname === HEALTH_PATH) return answerHealth(req, res, draining);
      const hostname = requestHostname(req, config.publicOrigin);
      if (hostname === null) return replyJson(res, 400, INVALID_HOST);
      for (const [name, value] of Object.entries({ ...headersFor(hostname), ...varyHost })) res.setHeader(name, value);
      if (!demo.handleRequest(req, res)) site(req, res);
    }, log),
  );
  mountDemoUpgrades(http, demo, log, config.trustProxy);
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
      draining = true;
      const served = new Promise((resolve) => http.close(resolve));
      tls?.close();
      await demo.shutdown(2000);
      await Promise.race([served, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      http.closeAllConnections();
      tls?.closeAllConnections();
    },
  };
}
