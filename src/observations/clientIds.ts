/** The clients the lab measures, in display order: the one list the schema, the drivers and the pages use. */
export const CLIENT_IDS = [
  'chromium',
  'firefox',
  'webkitgtk',
  'node',
  'ws',
  'bun',
  'deno',
  'python-websockets',
  'go-gorilla',
] as const;

/** A lab client id. */
export type ClientId = (typeof CLIENT_IDS)[number];

/**
 * Which standard a client's API answers to: `whatwg` for the WebSocket
 * interface of the WHATWG standard (browsers, and the runtimes and libraries
 * that implement its events: undici, `ws`, Bun, Deno); `rfc6455` for a
 * library with its own API, which only RFC 6455 governs.
 */
export type ClientApi = 'whatwg' | 'rfc6455';

/**
 * How prose names each client (a short label, and the part of the measured
 * version string that identifies the release people talk about: a major
 * version, or major.minor where minors differ in behaviour), and its API.
 */
export const CLIENT_LABELS: Record<ClientId, { label: string; release: RegExp; api: ClientApi }> = {
  chromium: { label: 'Chromium', release: /^(\d+)/, api: 'whatwg' },
  firefox: { label: 'Firefox ESR', release: /^(\d+)/, api: 'whatwg' },
  webkitgtk: { label: 'WebKitGTK', release: /^(\d+\.\d+)/, api: 'whatwg' },
  node: { label: 'Node', release: /^Node (\d+)/, api: 'whatwg' },
  ws: { label: 'ws', release: /^ws (\d+\.\d+)/, api: 'whatwg' },
  bun: { label: 'Bun', release: /^Bun (\d+\.\d+)/, api: 'whatwg' },
  deno: { label: 'Deno', release: /^Deno (\d+\.\d+)/, api: 'whatwg' },
  'python-websockets': { label: 'Python websockets', release: /^websockets (\d+\.\d+)/, api: 'rfc6455' },
  'go-gorilla': { label: 'gorilla/websocket', release: /^gorilla\/websocket (\d+\.\d+)/, api: 'rfc6455' },
};

/** "Firefox ESR 153", from a client's id and its measured version string. */
export function shortClientName(id: ClientId, version: string): string {
  const { label, release } = CLIENT_LABELS[id];
  const match = release.exec(version);
  return match ? `${label} ${match[1]}` : `${label} ${version}`;
}
