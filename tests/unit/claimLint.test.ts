import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimProblem, lintClaims } from '../../src/model/claimLint.ts';
import { checkProse } from '../../src/model/contentProse.ts';
import { en } from '../../src/i18n/en.ts';
import { SCENARIOS } from '../../src/scenarios/catalog.ts';

// Real sentences from this site's content before the audit: each states client behaviour as fact.
const OFFENDING = [
  'Browser pages do not see 1015.',
  'Whatever the cause, the closing handshake did not complete, so `wasClean` is always false.',
  'A page therefore never sees 1015 for a TLS failure, and the details are only visible outside page script: in developer tools, or in server and proxy logs.',
  'It can never arrive from the network: when TLS fails there is no WebSocket connection yet, so there is nobody to send a Close frame.',
  'A browser sends 1001 itself when its page goes away.',
  'Either side can send 1001, and browsers send it automatically when a page goes away.',
  'Remember where the number came from: a browser page shows 1006 for this, so reproduce with a non-browser tool.',
  '1006 is never sent by anyone.',
  'Browsers report it as 1006.',
  'Firefox reports 1015 for an untrusted certificate.',
];

// Sentences that attribute the rule to a standard, give advice, or state a hypothesis.
const ALLOWED = [
  'The WHATWG standard requires user agents to report every failure to establish a connection as 1006.',
  'RFC 6455 §7.4.1 says 1006 MUST NOT be set as a status code in a Close frame by an endpoint.',
  'Per the WHATWG standard, a page never sees 1015 unless a server erroneously puts it in its Close frame.',
  'Never ship `rejectUnauthorized: false` to production.',
  'If your page sees 1005, the server sent a Close frame without a status code.',
  'Non-browser clients may report 1015 when they map a local TLS failure to a close code.',
  'In our lab, MEASURED.',
  'Reconnect with exponential backoff and jitter.',
];

for (const sentence of OFFENDING) {
  test(`flags: ${sentence.slice(0, 60)}`, () => {
    assert.notEqual(claimProblem(sentence), undefined);
    assert.equal(lintClaims(sentence).length, 1);
  });
}

for (const sentence of ALLOWED) {
  test(`allows: ${sentence.slice(0, 60)}`, () => {
    assert.equal(claimProblem(sentence), undefined);
  });
}

test('only the offending sentence of a paragraph is reported, quoted, with what to do', () => {
  const [problem, ...rest] = lintClaims(`RFC 6455 reserves 1015. ${OFFENDING[0]} Check the certificate.`);
  assert.deepEqual(rest, []);
  assert.match(problem!, /"Browser pages do not see 1015\."/);
  assert.match(problem!, /\{obs:<scenario>\}/);
});

test('an {obs:} reference is measured data, not a claim; a bad one is reported with its field', () => {
  assert.deepEqual(checkProse('content/x.yaml', { a: 'Measured: {obs:tls-untrusted}.' }), []);
  const [problem] = checkProse('content/x.yaml', { list: ['fine text here', 'Measured: {obs:no-such-scenario}.'] });
  assert.match(problem!, /^content\/x\.yaml: field "list\[1\]": \{obs:no-such-scenario\}: unknown scenario/);
});

test('the UI strings make no unsourced claim about clients', () => {
  assert.deepEqual(checkProse('src/i18n/en.ts', en), []);
});

test('the scenario catalog, shown on every code page and in the widget, makes no unsourced claim about clients', () => {
  assert.deepEqual(checkProse('src/demo/scenarios.ts', SCENARIOS), []);
});
