/** Run ids: chosen by the client (or minted by the server when it sends none), and checked by the server. */

/** What a run id may be: short and URL-safe. */
export const RUN_ID = /^[A-Za-z0-9_-]{6,32}$/;

/** A fresh random run id, in the browser and in Node alike. */
export function makeRunId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
}
