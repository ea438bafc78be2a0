import type { LabClient } from '../labClient.ts';
import { chromiumClient } from './chromium.ts';
import { firefoxClient } from './firefox.ts';
import { nodeClient, wsClient } from './nodeClients.ts';
import { webkitgtkClient } from './webkitgtk.ts';
import { bunClient, denoClient, goGorillaClient, pythonWebsocketsClient } from './runtimeClients.ts';

import { CLIENT_IDS } from '../../observations/clientIds.ts';

const byId = {
  chromium: chromiumClient,
  firefox: firefoxClient,
  webkitgtk: webkitgtkClient,
  node: nodeClient,
  ws: wsClient,
  bun: bunClient,
  deno: denoClient,
  'python-websockets': pythonWebsocketsClient,
  'go-gorilla': goGorillaClient,
};

/** Every client the lab measures, in display order. */
export const ALL_CLIENTS: readonly LabClient[] = CLIENT_IDS.map((id) => byId[id]);
