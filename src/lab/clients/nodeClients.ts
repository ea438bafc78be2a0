/** The two Node clients: Node's built-in WebSocket (undici) and the `ws` package. */
import { createRequire } from 'node:module';
import WS from 'ws';
import { runScenario, type WebSocketConstructor } from '../../scenarios/runScenario.ts';
import { hostPlatform, type LabClient } from '../labClient.ts';

const require = createRequire(import.meta.url);
const nonBrowser = (s: { transport: string }) => s.transport !== 'frame';

/** The `ws` package's client as the runner's constructor: it implements the browser's event-handler API (onopen, onclose with code, reason, wasClean). */
export const WS_CLIENT = WS as unknown as WebSocketConstructor;

/** Node's built-in `WebSocket`, which is undici's. */
export const nodeClient: LabClient = {
  id: 'node',
  missing: () => (typeof WebSocket === 'function' ? undefined : 'this Node has no global WebSocket'),
  supports: nonBrowser,
  open: async () => ({
    identity: {
      id: 'node',
      name: 'Node.js built-in WebSocket (undici)',
      version: `Node ${process.versions.node}, undici ${process.versions['undici'] ?? 'unknown'}`,
      platform: hostPlatform(),
    },
    run: (scenario, origin) => runScenario(scenario, origin),
    close: async () => undefined,
  }),
};

/** The `ws` package's client. */
export const wsClient: LabClient = {
  id: 'ws',
  missing: () => undefined,
  supports: nonBrowser,
  open: async () => ({
    identity: {
      id: 'ws',
      name: 'ws (Node.js package)',
      version: `ws ${(require('ws/package.json') as { version: string }).version}, Node ${process.versions.node}`,
      platform: hostPlatform(),
    },
    run: (scenario, origin) => runScenario(scenario, origin, {}, WS_CLIENT),
    close: async () => undefined,
  }),
};
