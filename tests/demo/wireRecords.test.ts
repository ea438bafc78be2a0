import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, startApp } from '../support/appServer.ts';
import { RESERVED_ON_WIRE_CODES, SERVER_CLOSE_CODES, type ScenarioId } from '../../src/scenarios/catalog.ts';
import { publishScenarios } from '../../src/scenarios/published.ts';
import { fetchRecord, runScenario, type RunParams } from '../../src/scenarios/runScenario.ts';
import { WS_CLIENT } from '../../src/lab/clients/nodeClients.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';
import type { RunRecord } from '../../src/scenarios/runRecord.ts';

let app: Awaited<ReturnType<typeof startApp>>;
before(async () => {
  app = await startApp();
});
after(() => app.shutdown());

const hex = (code: number) => code.toString(16).padStart(4, '0');

/** Run a catalog scenario through the shared client runner with the `ws` client, and return the server's record. */
async function runFromNode(id: ScenarioId, params: RunParams = {}) {
  const scenario = publishScenarios({ hostname: '127.0.0.1', tlsPort: app.tlsPort, refusedPort: app.refusedPort }).find(
    (s) => s.id === id,
  )!;
  const { record, close, events } = await runScenario(scenario, app.origin, params, WS_CLIENT);
  assert.ok(record, `${id}: the server kept a record of the run`);
  return { record, close, messages: events.filter((e) => e.type === 'message').length };
}

/** The record of a run, once the server has seen its TCP connection end. */
async function finishedRecord(runId: string): Promise<RunRecord> {
  const record = await fetchRecord(app.origin, runId);
  assert.ok(record && record.tcp !== 'open', `run ${runId} finished`);
  return record;
}

for (const code of SERVER_CLOSE_CODES) {
  test(`server-close-${code} puts a Close frame with ${code} on the wire first`, async () => {
    const { record, close } = await runFromNode(`server-close-${code}`);
    assert.equal(record.serverSent?.code, code);
    assert.ok(record.serverSent?.payloadHex.startsWith(hex(code)));
    assert.equal(record.closedFirst, 'server');
    assert.equal(close?.code, code);
    assert.equal(record.tcp, 'server-closed-first');
  });
}

test('server-close-custom sends the requested code and reason', async () => {
  const { record } = await runFromNode('server-close-custom', { code: 4321, reason: 'hello' });
  assert.equal(record.serverSent?.code, 4321);
  assert.equal(record.serverSent?.reason, 'hello');
  assert.equal(record.serverSent?.payloadHex, `${hex(4321)}${Buffer.from('hello').toString('hex')}`);
});

test('client-close-1000, -custom and -nocode: the server records what the client sent', async () => {
  assert.equal((await runFromNode('client-close-1000')).record.serverReceived?.code, 1000);
  const custom = await runFromNode('client-close-custom');
  assert.equal(custom.record.serverReceived?.code, 4000);
  assert.equal(custom.record.closedFirst, 'client');
  const nocode = await runFromNode('client-close-nocode');
  assert.equal(nocode.record.serverReceived?.payloadHex, '');
  assert.equal(nocode.record.serverReceived?.code, 1005);
});

test('server-empty-close writes a Close frame with no payload', async () => {
  const { record, close } = await runFromNode('server-empty-close');
  assert.equal(record.serverSent?.payloadHex, '');
  assert.equal(close?.code, 1005);
});

test('server-drop-tcp destroys TCP without any Close frame', async () => {
  const { record, close } = await runFromNode('server-drop-tcp');
  assert.equal(record.serverSent, null);
  assert.equal(record.tcp, 'server-destroyed');
  assert.equal(close?.code, 1006);
});

for (const code of RESERVED_ON_WIRE_CODES) {
  test(`server-sends-reserved-${code} writes a raw Close frame carrying ${code}`, async () => {
    const { record } = await runFromNode(`server-sends-reserved-${code}`);
    assert.equal(record.serverSent?.code, code);
    assert.equal(
      record.rawFrameSent?.slice(0, 8),
      `88${(2 + `reserved ${code}`.length).toString(16).padStart(2, '0')}${hex(code)}`,
    );
  });
}

test('server-close-1-byte writes a Close frame whose payload is one byte', async () => {
  const { record } = await runFromNode('server-close-1-byte');
  assert.equal(record.rawFrameSent, '880103');
  assert.equal(record.serverSent?.payloadHex, '03');
});

test('server-invalid-utf8, -masked-frame and -reserved-bits write the broken frame, and the client closes first', async () => {
  const utf8 = await runFromNode('server-invalid-utf8');
  assert.equal(utf8.record.rawFrameSent, '81056869c328ff');
  const masked = await runFromNode('server-masked-frame');
  assert.equal(parseInt(masked.record.rawFrameSent!.slice(2, 4), 16) & 0x80, 0x80, 'MASK bit set');
  const rsv = await runFromNode('server-reserved-bits');
  assert.equal(rsv.record.rawFrameSent!.slice(0, 2), 'c1', 'FIN + RSV1 + text');
  for (const { record } of [utf8, masked, rsv]) {
    assert.equal(record.closedFirst, 'client');
    assert.ok(record.serverReceived, 'a conforming client answers with a Close frame');
  }
});

test('message-too-big: a 1 KiB endpoint closes with 1009 on a 5000-byte message', async () => {
  const { record } = await runFromNode('message-too-big');
  assert.equal(record.serverSent?.code, 1009);
});

test('text-to-binary-only, policy-violation and internal-error close with 1003, 1008 and 1011 after a message', async () => {
  for (const [id, code] of [
    ['text-to-binary-only', 1003],
    ['policy-violation', 1008],
    ['internal-error', 1011],
  ] as const) {
    const { record } = await runFromNode(id);
    assert.equal(record.messagesReceived, 1, id);
    assert.equal(record.serverSent?.code, code, id);
  }
});

test('bad-gateway: the proxy closes with 1014 once its upstream refuses', async () => {
  const { record } = await runFromNode('bad-gateway');
  assert.equal(record.serverSent?.code, 1014);
});

test('handshake-403 answers the upgrade with 403 and records it', async () => {
  const runId = makeRunId();
  const outcome = await connect(`${app.wsOrigin}/demo/ws/handshake-403?run=${runId}`);
  assert.equal(outcome.status, 403);
  assert.equal(outcome.opened, false);
  assert.equal((await finishedRecord(runId)).handshake, 403);
});

test('echo echoes, then records the client close', async () => {
  const { record, messages } = await runFromNode('echo');
  assert.equal(messages, 1);
  assert.equal(record.messagesReceived, 1);
  assert.equal(record.serverReceived?.code, 1000);
});

test('tls-untrusted: a verifying client is refused; one that skips verification gets the echo', async () => {
  const url = `wss://127.0.0.1:${app.tlsPort}/demo/ws/tls-untrusted`;
  const strict = await connect(`${url}?run=${makeRunId()}`);
  assert.equal(strict.opened, false);
  assert.equal(strict.close?.code, 1006);
  const runId = makeRunId();
  const lax = await connect(
    `${url}?run=${runId}`,
    (ws) => {
      ws.send('hi');
      ws.once('message', () => ws.close(1000));
    },
    { rejectUnauthorized: false },
  );
  assert.equal(lax.opened, true);
  assert.equal((await finishedRecord(runId)).messagesReceived, 1);
});

test('idle sockets are closed with 1001', async () => {
  const quick = await startApp({ idleMs: 200 });
  try {
    const outcome = await connect(`${quick.wsOrigin}/demo/ws/echo?run=${makeRunId()}`);
    assert.deepEqual(outcome.close, { code: 1001, reason: 'idle timeout' });
  } finally {
    await quick.shutdown();
  }
});
