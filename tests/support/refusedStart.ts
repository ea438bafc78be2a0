/** Running a start script that should refuse to start, and reading the one line it printed. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { ROOT } from './content.ts';

/** What a finished script printed, and how it exited. */
export interface ScriptRun {
  /** Exit status (null when killed by a signal). */
  status: number | null;
  /** Everything on stdout. */
  stdout: string;
  /** Everything on stderr. */
  stderr: string;
}

/** Run `script` (relative to the project root) with `env` until it exits; if it serves after all, stop it. */
export function runUntilExit(script: string, env: Record<string, string>): Promise<ScriptRun> {
  const child = spawn(process.execPath, [`${ROOT}${script}`], {
    cwd: ROOT,
    env: { ...process.env, DEMO_LOG: '0', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // Serving after all: stop it, so the assertions report the failure instead of waiting.
    if (stdout.includes('Serving')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

/** The one line a refused start printed on stderr, after checking that it printed nothing else and exited 1. */
export function oneLine(run: ScriptRun): string {
  assert.equal(run.status, 1, `exit status (stdout: ${run.stdout}, stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  return lines[0]!;
}
