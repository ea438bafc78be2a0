/**
 * Messages name the run id, the demo's ports and the client's own ephemeral
 * port, which change on every run. Replaced by placeholders, the published
 * text is stable between runs and still reads, and searches, as the client
 * printed it.
 */

/** Placeholders that replace what varies between runs. */
export const PLACEHOLDERS = { run: '<run>', port: '<port>' } as const;

/** Loopback hosts whose port the lab's clients print. */
const LOOPBACK = String.raw`localhost|127\.0\.0\.1|\[::1\]|::1`;

/** `text` with `runId` and every port replaced: known ports anywhere, any port after a loopback host. */
export function normaliseMessage(text: string, runId: string, ports: readonly number[]): string {
  let out = text.replaceAll(runId, PLACEHOLDERS.run);
  // Host:port as URLs and Go print it, and ('host', port) as Python prints it.
  out = out.replace(new RegExp(String.raw`\b(${LOOPBACK}):\d{1,5}\b`, 'g'), `$1:${PLACEHOLDERS.port}`);
  out = out.replace(new RegExp(String.raw`(['"](?:${LOOPBACK})['"], )\d{1,5}\b`, 'g'), `$1${PLACEHOLDERS.port}`);
  for (const port of ports) out = out.replace(new RegExp(String.raw`\b${port}\b`, 'g'), PLACEHOLDERS.port);
  return out;
}

/**
 * A log line someone pasted, normalised the way the published messages are
 * (its run id and every port after a host replaced by the placeholders),
 * with whitespace collapsed and in lower case, so that it can be looked for
 * inside a page's text.
 */
export function normalisePastedLine(text: string): string {
  return text
    .replace(/([?&]run=)[A-Za-z0-9_-]+/g, `$1${PLACEHOLDERS.run}`)
    .replace(/\b([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):\d{1,5}\b/g, `$1:${PLACEHOLDERS.port}`)
    .replace(/(['"][A-Za-z0-9.:-]+['"], )\d{1,5}\b/g, `$1${PLACEHOLDERS.port}`)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
