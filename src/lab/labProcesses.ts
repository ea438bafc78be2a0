/**
 * The lab's own processes: every browser, driver and Xvfb the lab starts
 * carries a marker in its environment, which its children inherit, so the
 * lab can find exactly what it started and nothing another program did.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable that marks a lab run's processes. */
export const LAB_MARKER_VAR = 'WSCC_LAB_RUN';

/** A fresh marker value for one lab run. */
export function newLabMarker(): string {
  return randomBytes(8).toString('hex');
}

/** The environment for a process the lab starts: the lab's own, plus the marker. */
export function markedEnv(marker: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env[LAB_MARKER_VAR] = marker;
  return env;
}

/** Live processes (other than this one) whose environment carries `marker`, with their command lines. */
export function processesMarked(marker: string): { pid: number; command: string }[] {
  const needle = `\0${LAB_MARKER_VAR}=${marker}\0`;
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (!`\0${readFileSync(`/proc/${pid}/environ`, 'latin1')}`.includes(needle)) continue;
      // A zombie keeps no environment, so anything found here is still running.
      const command = readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ').trim();
      found.push({ pid, command });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}
