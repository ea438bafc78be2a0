/**
 * The MDN HTTP Observatory's scanner (`@mdn/mdn-http-observatory`, pinned exactly), run on a local origin.
 *
 * What its source says about scanning one: `scan(hostname, options)` passes only `hostname` on to its
 * retriever (1.4.8 drops `options`, and with them `httpPort`/`httpsPort`), which requests `http://<hostname>/`
 * and `https://<hostname>/`, then `/robots.txt` and a CORS preflight there, and nothing else on the network.
 * So a port goes into the host name (`localhost:8443`), and both the plain and the TLS request go to that one
 * port: nginx answers plain HTTP on its TLS port with a redirect (`error_page 497`). A certificate Node does not
 * trust costs points (`redirection-invalid-cert`, `hsts-invalid-cert`): the caller makes this process trust the
 * throwaway one, which names `localhost`, so a host name, not an IP address, is what is scanned.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One of the scanner's tests, as its result reports it. */
export interface ObservatoryTest {
  /** Its verdict, e.g. `csp-implemented-with-no-unsafe`. */
  result: string | null;
  /** Whether it passed. */
  pass: boolean | null;
  /** Points it adds (positive) or takes off (negative). */
  scoreModifier: number | null;
}

/** What a scan returns (the fields read here). */
export interface ObservatoryResult {
  scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, ObservatoryTest>;
}

const PACKAGE = '@mdn/mdn-http-observatory';

/**
 * The scanner reads the HSTS preload list from `conf/hsts-preload.json`, which only its install script writes,
 * by downloading Chromium's list from GitHub; `allowScripts` denies that script (npm's registry is all this
 * project's machines reach). An empty list stands in when there is none: no list can hold `localhost`, so the
 * verdicts for it are the same. A real list, if one is there, is left alone.
 */
function ensurePreloadList(): void {
  const file = fileURLToPath(new URL('../conf/hsts-preload.json', import.meta.resolve(PACKAGE)));
  if (!existsSync(file)) writeFileSync(file, '{}\n');
}

/** Scan `host` (`name:port`) with the Observatory's own scoring. */
export async function observatoryScan(host: string): Promise<ObservatoryResult> {
  ensurePreloadList();
  // A package without type declarations: its entry point is typed here by what this file reads of it.
  const observatory = (await import(PACKAGE)) as { scan(hostname: string): Promise<ObservatoryResult> };
  return observatory.scan(host);
}
