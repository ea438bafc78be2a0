import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { ROOT } from '../support/content.ts';
import { isFree, occupy } from '../support/ports.ts';

/** Run the real start script with `env`, and collect what it printed and how it exited. */
function start(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [`${ROOT}src/server/start.ts`], {
    cwd: ROOT,
    env: { ...process.env, DEMO_LOG: '0', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // Serving after all: stop it, so the assertions below report the failure instead of waiting.
    if (stdout.includes('Serving')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

/** The one line a refused start printed on stderr, after checking that it printed nothing else and exited 1. */
function oneLine(run: { status: number | null; stdout: string; stderr: string }): string {
  assert.equal(run.status, 1, `exit status (stdout: ${run.stdout}, stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  return lines[0]!;
}

test('a taken PORT stops npm start with one line naming the port and PORT', async (t) => {
  const port = await occupy(t);
  const line = oneLine(await start({ PORT: String(port), DEMO_TLS_PORT: 'off' }));
  assert.match(line, new RegExp(`^npm start: port ${port} is already in use; set PORT to a free port`));
});

test('a taken DEMO_TLS_PORT stops npm start with one line naming the port and DEMO_TLS_PORT', async (t) => {
  const port = await occupy(t);
  const line = oneLine(await start({ PORT: '0', DEMO_TLS_PORT: String(port) }));
  assert.match(
    line,
    new RegExp(`^npm start: port ${port} \\(the demo's TLS listener\\) is already in use; set DEMO_TLS_PORT`),
  );
});

test('a taken PORT+1, the default DEMO_TLS_PORT, is named as DEMO_TLS_PORT', async (t) => {
  const taken = await occupy(t);
  // The site's port is the one below, which must be free for the line to be about the TLS listener.
  if (!(await isFree(taken - 1))) return t.skip(`port ${taken - 1}, below the taken one, is in use by something else`);
  const line = oneLine(await start({ PORT: String(taken - 1) }));
  assert.match(
    line,
    new RegExp(`^npm start: port ${taken} \\(the demo's TLS listener\\) .*DEMO_TLS_PORT \\(default PORT\\+1\\)`),
  );
});
