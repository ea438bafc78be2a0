import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bunClient,
  denoClient,
  goGorillaClient,
  pythonWebsocketsClient,
} from '../../src/lab/clients/runtimeClients.ts';
import { markedEnv, newLabMarker, processesMarked } from '../../src/lab/labProcesses.ts';
import { startAppServer, type AppServer } from '../../src/server/appServer.ts';
import { readConfig } from '../../src/server/config.ts';
import { publishScenarios } from '../../src/scenarios/published.ts';
import { CLIENT_LABELS } from '../../src/observations/clientIds.ts';
import { DIST, requireBuild } from '../support/dist.ts';

let app: AppServer;
before(async () => {
  requireBuild();
  app = await startAppServer(DIST, { ...readConfig({}), port: 0, tlsPort: 0, log: false });
});
after(() => app.shutdown());

for (const client of [bunClient, denoClient, pythonWebsocketsClient, goGorillaClient]) {
  test(`${client.id}: a real process runs a clean close and a refused handshake, and reports code, wasClean and a message`, async (t) => {
    const missing = client.missing();
    if (missing) {
      console.log(`SKIPPED ${client.id}: ${missing}`);
      t.skip(missing);
      return;
    }
    const origin = `http://localhost:${app.port}`;
    const scenarios = publishScenarios({ hostname: 'localhost', tlsPort: app.tlsPort, refusedPort: app.refusedPort });
    const byId = (id: string) => scenarios.find((s) => s.id === id)!;
    const marker = newLabMarker();
    const session = await client.open(markedEnv(marker));
    try {
      assert.match(session.identity.version, /\d+\.\d+/);
      const clean = await session.run(byId('server-close-4401'), origin);
      assert.equal(clean.close?.code, 4401);
      assert.equal(clean.close?.reason, 'Unauthorized');
      // A WHATWG-style API reports wasClean; a library with its own API has none.
      if (CLIENT_LABELS[client.id].api === 'whatwg') assert.equal(clean.close?.wasClean, true);
      else assert.equal(clean.close?.wasClean, null);
      assert.equal(clean.record?.serverSent?.code, 4401, 'the server\u2019s record of the same run');
      const refused = await session.run(byId('handshake-403'), origin);
      assert.ok(
        refused.events.some((e) => e.type === 'error'),
        'the refusal surfaces as an error',
      );
      assert.ok(
        refused.messages.some((m) => m.text.length > 0),
        JSON.stringify(refused.messages),
      );
      assert.equal(refused.record?.handshake, 403);
    } finally {
      await session.close();
    }
    assert.deepEqual(processesMarked(marker), [], 'no process of the driver is left behind');
  });
}
