/** `GET /healthz`: whether this instance takes traffic, for load balancers and rolling restarts. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { replyJson } from '../http/reply.ts';

/** The health check's path. */
export const HEALTH_PATH = '/healthz';

/** Answer a health check: 200 while serving, 503 once a shutdown has begun; GET and HEAD only. */
export function answerHealth(req: IncomingMessage, res: ServerResponse, draining: boolean): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return replyJson(
      res,
      405,
      { error: 'method-not-allowed', detail: 'The health check answers GET and HEAD only.' },
      { Allow: 'GET, HEAD' },
    );
  replyJson(res, draining ? 503 : 200, { status: draining ? 'draining' : 'ok' });
}
