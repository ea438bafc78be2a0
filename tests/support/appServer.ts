/** The real app server (site + demo), in process, on ephemeral ports. */
import WebSocket from 'ws';
import { startAppServer, type AppServer } from '../../src/server/appServer.ts';
import { readConfig, type ServerConfig } from '../../src/server/config.ts';
import { DIST, requireBuild } from './dist.ts';

/** Start the app on ephemeral ports with logging off; `overrides` tune limits and timeouts. */
export async function startApp(
  overrides: Partial<ServerConfig> = {},
): Promise<AppServer & { origin: string; wsOrigin: string }> {
  requireBuild();
  const config = { ...readConfig({}), port: 0, tlsPort: 0, log: false, ...overrides };
  const app = await startAppServer(DIST, config);
  return { ...app, origin: `http://127.0.0.1:${app.port}`, wsOrigin: `ws://127.0.0.1:${app.port}` };
}

/** The outcome of one client connection. */
export interface ClientOutcome {
  /** Whether `open` fired. */
  opened: boolean;
  /** Close code and reason the client reported, if it closed. */
  close?: { code: number; reason: string };
  /** HTTP status when the handshake was refused. */
  status?: number;
  /** Response body when the handshake was refused. */
  body?: string;
  /** Messages received. */
  messages: number;
}

/** Open a `ws` client, run `onOpen`, and resolve when it closes or is refused. */
export function connect(
  url: string,
  onOpen: (ws: WebSocket) => void = () => undefined,
  options: WebSocket.ClientOptions = {},
): Promise<ClientOutcome> {
  return new Promise((resolve) => {
    const outcome: ClientOutcome = { opened: false, messages: 0 };
    const ws = new WebSocket(url, options);
    ws.on('open', () => {
      outcome.opened = true;
      onOpen(ws);
    });
    ws.on('message', () => outcome.messages++);
    ws.on('unexpected-response', (_req, res) => {
      outcome.status = res.statusCode ?? 0;
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        outcome.body = body;
        resolve(outcome);
      });
    });
    ws.on('error', () => undefined); // protocol errors end in close; refusals in unexpected-response
    ws.on('close', (code, reason) => {
      outcome.close = { code, reason: reason.toString() };
      if (outcome.status === undefined) resolve(outcome);
    });
  });
}
