/** The clients the lab measures, in display order: the one list the schema, the drivers and the pages use. */
export const CLIENT_IDS = ['chromium', 'firefox', 'webkitgtk', 'node', 'ws'] as const;

/** A lab client id. */
export type ClientId = (typeof CLIENT_IDS)[number];

/**
 * How prose names each client: a short label and the part of the measured
 * version string that identifies the release people talk about (a major
 * version, or major.minor where minors differ in behaviour).
 */
export const CLIENT_LABELS: Record<ClientId, { label: string; release: RegExp }> = {
  chromium: { label: 'Chromium', release: /^(\d+)/ },
  firefox: { label: 'Firefox ESR', release: /^(\d+)/ },
  webkitgtk: { label: 'WebKitGTK', release: /^(\d+\.\d+)/ },
  node: { label: 'Node', release: /^Node (\d+)/ },
  ws: { label: 'ws', release: /^ws (\d+\.\d+)/ },
};

/** "Firefox ESR 153", from a client's id and its measured version string. */
export function shortClientName(id: ClientId, version: string): string {
  const { label, release } = CLIENT_LABELS[id];
  const match = release.exec(version);
  return match ? `${label} ${match[1]}` : `${label} ${version}`;
}
