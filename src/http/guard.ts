/**
 * The last line of defence around request and upgrade handlers: an
 * unexpected error answers 500 (or closes the socket) and is logged, and
 * the process goes on serving everyone else. Errors are still bugs: the
 * log line says where.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { replyJson } from './reply.ts';

/** Where a guard reports what it caught. */
export type ErrorLog = (entry: Record<string, unknown>) => void;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Wrap a request handler: a throw becomes a 500 with a JSON body, or a destroyed response if headers went out. */
export function guardRequest(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  log: ErrorLog,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      handler(req, res);
    } catch (error) {
      log({ event: 'error', where: 'request', method: req.method, error: describe(error) });
      if (res.headersSent) res.destroy();
      else replyJson(res, 500, { error: 'internal', detail: 'The server failed on this request.' });
    }
  };
}

/** Wrap an upgrade handler: a throw destroys that socket only. */
export function guardUpgrade(
  handler: (req: IncomingMessage, socket: Duplex, head: Buffer) => void,
  log: ErrorLog,
): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    socket.on('error', () => undefined); // a reset client must not become an unhandled error
    try {
      handler(req, socket, head);
    } catch (error) {
      log({ event: 'error', where: 'upgrade', error: describe(error) });
      socket.destroy();
    }
  };
}
