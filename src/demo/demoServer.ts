/**
 * The live demo: the scenario catalog over HTTP, scenario sockets over
 * WebSocket (`ws`, `noServer` + `handleUpgrade`), and a record of what went
 * over the wire for every run. Mounted on the site's server by `npm start`
 * and on `astro dev` by the demo integration.
 */
import { STATUS_CODES, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer } from 'ws';
import { behaviourOf } from './behaviours.ts';
import { addVary, rejectUpgrade, replyJson } from '../http/reply.ts';
import { Limits, type LimitOptions } from './limits.ts';
import { isOriginAllowed, listedOrigins } from './origins.ts';
import { allowListedOrigin, answerPreflight, CORS_METHODS } from './cors.ts';
import { RunStore } from './runStore.ts';
import type { RunRecord } from '../scenarios/runRecord.ts';
import { publishScenarios } from '../scenarios/published.ts';
import { isRefusal, validateSocketRequest } from './validateRequest.ts';
import { MALFORMED_PATH, MALFORMED_TARGET } from '../http/requestTarget.ts';
import { RUN_ID } from '../scenarios/runIds.ts';
import { tapSocket, type Tap } from './wireTap.ts';
import { decodeComponent, parseRequestTarget } from '../http/requestTarget.ts';
import { INVALID_HOST, requestHostname } from '../http/hostHeader.ts';
import { guardUpgrade, type ErrorLog } from '../http/guard.ts';
import { requestClient, type ProxyTrust, type RequestClient } from '../http/trustProxy.ts';
import { answerClientError } from '../http/timeouts.ts';
import { isDemoSitePage } from '../scenarios/sitePaths.ts';

/** Settings of the demo. */
export interface DemoOptions {
  /** The port the site is served on (for the Origin allowlist). */
  sitePort(): number;
  /** The port of the untrusted TLS listener, or `null` when there is none. */
  tlsPort(): number | null;
  /** A port where nothing listens (the `connection-refused` scenario), or `null` to leave that scenario out. */
  refusedPort(): number | null;
  /** The site's public origin, whose host name the catalog uses; `null`: the request's valid `Host`. */
  publicOrigin: URL | null;
  /** Extra origins allowed to open demo sockets and to read the JSON endpoints (CORS), besides `publicOrigin`. */
  allowedOrigins: readonly string[];
  /** Connection caps. */
  limits: LimitOptions;
  /** Idle sockets are closed with 1001 after this many milliseconds. */
  idleMs: number;
  /** Where structured log lines go; never message bodies. */
  log(entry: Record<string, unknown>): void;
}

/** The largest message any demo socket accepts, unless its scenario sets its own `maxPayload`. */
const DEFAULT_MAX_PAYLOAD = 64 * 1024;

/** Defaults for a public server; overridable through the environment by `npm start`. */
export const DEFAULT_DEMO_LIMITS: LimitOptions = { perIpSockets: 20, globalSockets: 10_000, perIpRunsPerMinute: 300 };

/** The running demo. */
export interface Demo {
  /** Handle an HTTP request under `/demo/`; returns false when the path is not the demo's. */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** Handle an upgrade request from `client`; returns false when the path is not the demo's. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, client: RequestClient): boolean;
  /** Refuse new sockets (503), close every open one with 1001 and wait for them, at most `graceMs`. */
  shutdown(graceMs?: number): Promise<void>;
  /** The run records. */
  runs: RunStore;
  /** Open demo sockets now. */
  openSockets(): number;
  /** The most bytes any live socket's wire tap holds right now. */
  maxTapRetainedBytes(): number;
}

/** A port nothing listens on: the upstream of the bad-gateway scenario. */
async function refusingPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Create the demo. */
export async function createDemo(options: DemoOptions): Promise<Demo> {
  const runs = new RunStore();
  const limits = new Limits(options.limits);
  const upstream = `ws://127.0.0.1:${await refusingPort()}/`;
  // One `ws` server per message limit: a scenario that is about `maxPayload` gets its own.
  const servers = new Map<number, WebSocketServer>();
  const serverFor = (maxPayload = DEFAULT_MAX_PAYLOAD): WebSocketServer => {
    let wss = servers.get(maxPayload);
    if (!wss)
      servers.set(maxPayload, (wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload })));
    return wss;
  };

  const listed = listedOrigins(options.publicOrigin, options.allowedOrigins);
  let draining = false;
  const taps = new Set<Tap>();
  /** Live sockets, so that shutdown can wait until every close has been logged. */
  const sockets = new Set<Socket>();
  function handleRequest(req: IncomingMessage, res: ServerResponse): boolean {
    const url = parseRequestTarget(req.url);
    if (!url) return (replyJson(res, 400, MALFORMED_TARGET), true);
    if (!url.pathname.startsWith('/demo/')) return false;
    if (isDemoSitePage(url.pathname)) return false; // a static page of the site
    const run = /^\/demo\/runs\/([^/]*)\/?$/.exec(url.pathname);
    const corsEndpoint = run !== null || url.pathname === '/demo/scenarios.json';
    if (corsEndpoint) allowListedOrigin(req, res, listed);
    if (corsEndpoint && req.method === 'OPTIONS') return (answerPreflight(res), true);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      replyJson(
        res,
        405,
        { error: 'method-not-allowed', detail: 'The demo answers GET only.' },
        { Allow: corsEndpoint ? CORS_METHODS : 'GET, HEAD' },
      );
      return true;
    }
    if (url.pathname === '/demo/scenarios.json') {
      const hostname = requestHostname(req, options.publicOrigin);
      if (hostname === null) return (replyJson(res, 400, INVALID_HOST), true);
      // Without a configured public origin, what the catalog says depends on Host.
      if (!options.publicOrigin) addVary(res, 'Host');
      replyJson(
        res,
        200,
        publishScenarios({ hostname, tlsPort: options.tlsPort(), refusedPort: options.refusedPort() }),
        { 'Cache-Control': 'public, max-age=60' },
      );
      return true;
    }
    if (run) {
      const id = decodeComponent(run[1]!);
      if (id === null) replyJson(res, 400, MALFORMED_PATH);
      else if (!RUN_ID.test(id)) {
        replyJson(res, 400, {
          error: 'malformed-run-id',
          detail: 'A run id is 6–32 characters from A–Z, a–z, 0–9, "_" and "-".',
        });
      } else {
        const record = runs.get(id);
        if (record) replyJson(res, 200, record);
        else replyJson(res, 404, { error: 'unknown-run', detail: 'No such run, or it is older than a minute.' });
      }
      return true;
    }
    if (url.pathname.startsWith('/demo/ws/')) {
      const valid = validateSocketRequest(url);
      if (isRefusal(valid)) replyJson(res, 400, valid);
      else
        replyJson(
          res,
          426,
          { error: 'upgrade-required', detail: 'Open this URL with a WebSocket client.' },
          { Upgrade: 'websocket' },
        );
      return true;
    }
    replyJson(res, 404, { error: 'not-found', detail: 'See /demo/scenarios.json.' });
    return true;
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, client: RequestClient): boolean {
    const url = parseRequestTarget(req.url);
    if (!url) return (rejectUpgrade(socket, 400, MALFORMED_TARGET), true);
    if (!url.pathname.startsWith('/demo/ws/')) return false;
    const valid = validateSocketRequest(url);
    if (isRefusal(valid)) return (rejectUpgrade(socket, 400, valid), true);
    if (draining) {
      return (
        rejectUpgrade(
          socket,
          503,
          { error: 'draining', detail: 'This server is shutting down; connect again.' },
          { 'Retry-After': '1' },
        ),
        true
      );
    }
    if (!isOriginAllowed(req, client, options.sitePort(), listed)) {
      return (
        rejectUpgrade(socket, 403, { error: 'origin-not-allowed', detail: 'This origin may not open demo sockets.' }),
        true
      );
    }
    const ip = client.address;
    const verdict = limits.admit(ip);
    if (verdict !== 'ok') {
      return (
        rejectUpgrade(
          socket,
          429,
          { error: 'too-many', detail: `Limit reached (${verdict}). Close some sockets or wait a minute.` },
          { 'Retry-After': String(limits.retryAfterSeconds(verdict)) },
        ),
        true
      );
    }
    const { scenario, runId } = valid;
    // A run id names one run: a second client reusing it would overwrite the first one's record.
    if (runs.get(runId)) {
      return (
        rejectUpgrade(socket, 409, {
          error: 'run-id-in-use',
          detail: 'This run id is already taken; pick a fresh one (or leave run= out to get one).',
        }),
        true
      );
    }
    if (scenario.handshake) {
      const { status } = scenario.handshake;
      runs.create(runId, scenario.id, status).tcp = 'server-closed-first';
      options.log({ event: 'reject', scenario: scenario.id, run: runId, status, client: ip });
      return (
        rejectUpgrade(socket, status, {
          error: (STATUS_CODES[status] ?? 'refused').toLowerCase().replaceAll(' ', '-'),
          detail: `This scenario answers every opening handshake with HTTP ${status}.`,
        }),
        true
      );
    }
    serverFor(scenario.maxPayload).handleUpgrade(req, socket, head, (ws) => {
      limits.opened(ip);
      const record = runs.create(runId, scenario.id, 101);
      watch(record, socket as Socket, ws, ip);
      options.log({ event: 'connect', scenario: scenario.id, run: runId, client: ip });
      const behaviour = behaviourOf(scenario.id);
      behaviour?.({
        ws,
        socket: socket as Socket,
        code: valid.code,
        reason: valid.reason,
        refusingUpstream: upstream,
        countMessage: () => void record.messagesReceived++,
        noteRawFrame: (frame) => void (record.rawFrameSent = frame.toString('hex')),
      });
    });
    return true;
  }

  /** Record the wire, enforce the idle timeout, and log the close. */
  function watch(record: RunRecord, socket: Socket, ws: WebSocket, ip: string): void {
    const started = performance.now();
    sockets.add(socket);
    const tap = tapSocket(socket, {
      sent: (close) => {
        record.serverSent ??= close;
        if (record.closedFirst === 'nobody') record.closedFirst = 'server';
      },
      received: (close) => {
        record.serverReceived ??= close;
        if (record.closedFirst === 'nobody') record.closedFirst = 'client';
      },
    });
    socket.once('end', () => {
      if (record.tcp === 'open') record.tcp = 'client-closed-first';
    });
    socket.once('finish', () => {
      if (record.tcp === 'open') record.tcp = 'server-closed-first';
    });
    taps.add(tap);
    // When `ws` rejects what it reads it stops reading; the tap follows shortly after.
    ws.once('error', () => tap.serverStoppedReading());
    socket.once('close', (hadError: boolean) => {
      taps.delete(tap);
      sockets.delete(socket);
      if (record.tcp === 'open') record.tcp = hadError ? 'reset' : 'server-destroyed';
      record.durationMs = Math.round(performance.now() - started);
      limits.closed(ip);
      options.log({
        event: 'close',
        scenario: record.scenario,
        run: record.id,
        received: record.serverReceived?.code ?? null,
        sent: record.serverSent?.code ?? null,
        tcp: record.tcp,
        durationMs: record.durationMs,
        client: ip,
      });
    });
    let idle = setTimeout(onIdle, options.idleMs);
    function onIdle() {
      if (ws.readyState === WebSocket.OPEN) ws.close(1001, 'idle timeout');
    }
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(onIdle, options.idleMs);
    };
    ws.on('message', touch);
    ws.on('pong', touch);
    ws.on('ping', touch);
    ws.on('close', () => clearTimeout(idle));
    ws.on('error', () => undefined); // protocol errors from clients end in a close; nothing to crash on
  }

  async function shutdown(graceMs = 3000): Promise<void> {
    draining = true;
    const allClosed = Promise.all(
      [...sockets].map((socket) => (socket.destroyed ? undefined : once(socket, 'close').catch(() => undefined))),
    );
    await Promise.all(
      [...servers.values()]
        .flatMap((wss) => [...wss.clients])
        .map(
          (ws) =>
            new Promise<void>((resolve) => {
              if (ws.readyState === WebSocket.CLOSED) return resolve();
              const timer = setTimeout(() => {
                ws.terminate();
                resolve();
              }, graceMs);
              ws.once('close', () => {
                clearTimeout(timer);
                resolve();
              });
              if (ws.readyState === WebSocket.OPEN) ws.close(1001, 'server shutting down');
            }),
        ),
    );
    // Every close is logged on its socket's close event: wait for them, at most a little longer.
    await Promise.race([allClosed, new Promise((r) => setTimeout(r, 500).unref())]);
  }

  return {
    handleRequest,
    handleUpgrade,
    shutdown,
    runs,
    openSockets: () => limits.openSockets,
    maxTapRetainedBytes: () => Math.max(0, ...[...taps].map((t) => t.retainedBytes())),
  };
}

/**
 * Route a listener's upgrades to the demo behind the last-line guard (anything
 * else is dropped), each from the client `trust` makes of it, and answer
 * malformed or too-slow requests with 400 or 408.
 */
export function mountDemoUpgrades(server: HttpServer, demo: Demo, log: ErrorLog, trust: ProxyTrust): void {
  server.on(
    'upgrade',
    guardUpgrade((req, socket, head) => {
      if (!demo.handleUpgrade(req, socket, head, requestClient(req, trust))) socket.destroy();
    }, log),
  );
  server.on('clientError', answerClientError);
}
