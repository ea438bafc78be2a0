import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneLine, runUntilExit } from '../support/refusedStart.ts';
import { isFree, occupy } from '../support/ports.ts';

/** Run the real start script with `env`. */
const start = (env: Record<string, string>) => runUntilExit('src/server/start.ts', env);

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
