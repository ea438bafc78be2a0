/** The two Node clients: Node's built-in WebSocket (undici) and the `ws` package. */
import { createRequire } from 'node:module';
import WS from 'ws';
import { runScenario, type WebSocketConstructor } from '../../scenarios/runScenario.ts';
import { hostPlatform, runsWithoutPage, type LabClient } from '../labClient.ts';

const require = createRequire(import.meta.url);

/** The `ws` package's client as the runner's constructor: it implements the browser's event-handler API (onopen, onclose with code, reason, wasClean). */
export const WS_CLIENT = WS as unknown as WebSocketConstructor;

/** Node's built-in `WebSocket`, which is undici's. */
export const nodeClient: LabClient = {
  id: 'node',
  missing: () => (typeof WebSocket === 'function' ? undefined : 'this Node has no global WebSocket'),
  supports: runsWithoutPage,
  open: async () => ({
    identity: {
      id: 'node',
      name: 'Node.js built-in WebSocket (undici)',
      version: `Node ${process.versions.node}, undici ${process.versions['undici'] ?? 'unknown'}`,
      platform: hostPlatform(),
      driven:
        "Node's global WebSocket (undici), in the lab's own Node process, through the same runner as the browsers. Messages are the error events' message and what close() throws.",
    },
    run: (scenario, origin) => runScenario(scenario, origin),
    close: async () => undefined,
  }),
};

/** The `ws` package's client. */
export const wsClient: LabClient = {
  id: 'ws',
  missing: () => undefined,
  supports: runsWithoutPage,
  open: async () => ({
    identity: {
      id: 'ws',
      name: 'ws (Node.js package)',
      version: `ws ${(require('ws/package.json') as { version: string }).version}, Node ${process.versions.node}`,
      platform: hostPlatform(),
      driven:
        "The ws package's client, in the lab's own Node process, through the same runner as the browsers (ws implements the onopen/onclose/onerror API). Messages are the error events' message and what close() throws.",
    },
    run: (scenario, origin) => runScenario(scenario, origin, {}, WS_CLIENT),
    close: async () => undefined,
  }),
};
