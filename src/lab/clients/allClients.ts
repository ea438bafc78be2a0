import type { LabClient } from '../labClient.ts';
import { chromiumClient } from './chromium.ts';
import { firefoxClient } from './firefox.ts';
import { nodeClient, wsClient } from './nodeClients.ts';
import { webkitgtkClient } from './webkitgtk.ts';

/** Every client the lab measures, in display order. */
export const ALL_CLIENTS: readonly LabClient[] = [chromiumClient, firefoxClient, webkitgtkClient, nodeClient, wsClient];
