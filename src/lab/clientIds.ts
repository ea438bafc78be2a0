import type { ClientId } from './observationSchema.ts';

/** Client ids in display order (the drivers live in `clients/`; pages need only the order). */
export const ALL_CLIENT_IDS: readonly ClientId[] = ['chromium', 'firefox', 'webkitgtk', 'node', 'ws'];
