/** The build's report of translations it could not use: each one named once, however often it is read. */

// Shared through `globalThis`: Astro's prerender chunks may each load their own copy of this module, and a
// report repeated on every page would bury the names it exists to show.
const reported: Set<string> = ((globalThis as { wsccI18nReported?: Set<string> }).wsccI18nReported ??= new Set());

/** Print `[i18n] <what>: <message>` on the build's output, the first time `what` is reported. */
export function reportOnce(what: string, message: string): void {
  if (reported.has(what)) return;
  reported.add(what);
  console.warn(`[i18n] ${what}: ${message}`);
}
