/** The clients the lab measures, in display order: the one list the schema, the drivers and the pages use. */
export const CLIENT_IDS = ['chromium', 'firefox', 'webkitgtk', 'node', 'ws'] as const;

/** A lab client id. */
export type ClientId = (typeof CLIENT_IDS)[number];
