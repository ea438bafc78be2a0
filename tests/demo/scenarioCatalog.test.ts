import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCENARIOS, reachesDemoSocket, scenariosForCode } from '../../src/scenarios/catalog.ts';
import { STANDARD_CODES, closeCallError } from '../../src/rules/closeCodeRules.ts';
import { BEHAVIOURS } from '../../src/demo/behaviours.ts';
import { verdictOf } from '../../src/scenarios/verdict.ts';

/** The ids issue #4 requires, each a contract with the widget, the lab and users' links. */
const REQUIRED = [
  ...[1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014].map((c) => `server-close-${c}`),
  'server-close-custom',
  'client-close-1000',
  'client-close-custom',
  'client-close-nocode',
  'client-navigate-away',
  'server-empty-close',
  'server-drop-tcp',
  ...[1004, 1005, 1006, 1015].map((c) => `server-sends-reserved-${c}`),
  'server-close-1-byte',
  'server-invalid-utf8',
  'server-masked-frame',
  'server-reserved-bits',
  'message-too-big',
  'text-to-binary-only',
  'policy-violation',
  'internal-error',
  'bad-gateway',
  'tls-untrusted',
  'handshake-403',
  'echo',
];

test('the catalog has every required scenario, each id once', () => {
  const ids: string[] = SCENARIOS.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of REQUIRED) assert.ok(ids.includes(id), id);
});

test('every scenario the server accepts has a behaviour, and every behaviour a scenario', () => {
  assert.deepEqual(
    Object.keys(BEHAVIOURS).sort(),
    SCENARIOS.filter(reachesDemoSocket)
      .map((s) => s.id)
      .sort(),
  );
});

test('every standard code has at least one scenario to demonstrate it', () => {
  for (const code of STANDARD_CODES) assert.ok(scenariosForCode(code).length > 0, String(code));
});

test('a scenario that calls close() with arguments it rejects expects the exception, then the empty close after it', () => {
  const rejected = SCENARIOS.filter((s) => s.closeWith && closeCallError(s.closeWith.code, s.closeWith.reason));
  assert.deepEqual(rejected.map((s) => s.id).sort(), ['client-close-1001', 'client-close-reason-too-long']);
  for (const s of rejected) {
    assert.match(s.expected.why, new RegExp(closeCallError(s.closeWith!.code, s.closeWith!.reason)!), s.id);
    assert.equal(s.expected.serverReceives, 1005, s.id);
    assert.equal(s.expected.code, 1005, s.id);
  }
});

test('the verdict compares only what the specs fix', () => {
  const drop = SCENARIOS.find((s) => s.id === 'server-drop-tcp')!.expected;
  // RFC 6455 §7.2.1: a client that loses the transport MUST fail the connection, so the WHATWG standard fires error.
  assert.equal(verdictOf(drop, { code: 1006, wasClean: false, error: true }).status, 'matches');
  const differs = verdictOf(drop, { code: 1006, wasClean: false, error: false });
  assert.equal(differs.status, 'differs');
  assert.deepEqual(
    differs.differences.map((d) => [d.field, d.sections.map((s) => s.label)]),
    [['error', ['RFC 6455 §7.2.1', 'WHATWG: when the connection is closed']]],
  );
  const reserved = SCENARIOS.find((s) => s.id === 'server-sends-reserved-1005')!.expected;
  assert.equal(verdictOf(reserved, { code: 1005, wasClean: true, error: false }).status, 'open');
  const custom = SCENARIOS.find((s) => s.id === 'server-close-custom')!.expected;
  assert.equal(verdictOf(custom, { code: 4321, wasClean: true, error: false }, 4321).status, 'matches');
  assert.equal(verdictOf(custom, { code: 4000, wasClean: true, error: false }, 4321).status, 'differs');
});

test('every field an expectation fixes cites the sections that fix it', () => {
  for (const s of SCENARIOS) {
    const { code, wasClean, error, serverReceives, cites } = s.expected;
    const fixed = { code, wasClean, error, serverReceived: serverReceives };
    for (const [field, value] of Object.entries(fixed))
      if (value !== null && value !== undefined)
        assert.ok((cites[field as keyof typeof cites] ?? []).length > 0, `${s.id}: ${field} cites no section`);
  }
});
