import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readCollection, readObservations, readStacks } from '../../src/model/readContent.ts';
import { COMMIT_PREFIX, permalink } from '../../src/stacks/permalink.ts';
import { matchesTemplate } from '../../src/stacks/templateMatch.ts';
import { MESSAGE_KINDS } from '../../src/stacks/stackSchema.ts';
import { ROOT } from '../support/content.ts';

const stacks = readStacks();
const observations = readObservations();
const ranges = readCollection('ranges').map((r) => r.data);

test('every fact of every stack links to a line at a pinned commit', () => {
  assert.ok(stacks.length >= 14, `${stacks.length} stacks`);
  for (const stack of stacks) assert.match(stack.source.commit, /^[0-9a-f]{40}$/, `${stack.id}: the full commit`);
  for (const stack of stacks) {
    const lines = [...stack.codes, ...MESSAGE_KINDS.flatMap((k) => stack.messages[k] ?? []), ...stack.notes];
    for (const at of lines)
      assert.match(
        permalink(stack, at),
        // The pinned commit, by its prefix (src/stacks/permalink.ts): the full hash is 40 hex digits.
        new RegExp(
          `^https://github\\.com/${stack.source.repo}/blob/${stack.source.commit.slice(0, COMMIT_PREFIX)}/[^#\\s]+#L[1-9]\\d*$`,
        ),
        `${stack.id}: ${at.path}:${at.line}`,
      );
  }
});

test('every code a stack names has a page of its own or a range page', () => {
  for (const stack of stacks)
    for (const { code, name } of stack.codes) {
      const ownPage = existsSync(`${ROOT}content/codes/${code}.yaml`);
      const inRange = ranges.some((r) => code >= r.from && code <= r.to);
      assert.ok(ownPage || inRange, `${stack.id}: ${name} = ${code}`);
    }
});

test('a stack names each code once', () => {
  for (const stack of stacks) {
    const codes = stack.codes.map((c) => c.code);
    assert.equal(new Set(codes).size, codes.length, stack.id);
  }
});

test('what the lab measured matches the templates read from the same library\u2019s source', () => {
  const measured = stacks.filter((s) => s.labClient);
  assert.ok(measured.length >= 5);
  for (const stack of measured) {
    const file = observations.find((f) => f.client.id === stack.labClient)!;
    const messages = file.results.flatMap((r) =>
      r.outcomes.flatMap((o) => o.messages.map((m) => ({ scenario: r.scenario, text: m.text }))),
    );
    const templates = MESSAGE_KINDS.flatMap((k) => (stack.messages[k] ? [{ kind: k, ...stack.messages[k] }] : []));
    // At least one template of each measured library is what the lab saw it print.
    assert.ok(
      templates.some((t) => messages.some((m) => matchesTemplate(t.template, m.text))),
      `${stack.id}: no measured message of ${stack.labClient} matches any template`,
    );
    // An abnormal close is the server dropping TCP: the library's abnormal-close text is what it printed there.
    const abnormal = stack.messages.abnormal;
    if (abnormal) {
      const dropped = messages.filter((m) => m.scenario === 'server-drop-tcp');
      assert.ok(dropped.length > 0, `${stack.id}: ${stack.labClient} gave a message when the server dropped TCP`);
      for (const m of dropped)
        assert.ok(matchesTemplate(abnormal.template, m.text), `${stack.id}: ${JSON.stringify(m.text)}`);
    }
  }
});

test('a template matches its filled-in message and nothing else', () => {
  assert.ok(matchesTemplate('websocket: close %d (%s): %s', 'websocket: close 1000 (normal): done'));
  assert.ok(!matchesTemplate('websocket: close %d (%s): %s', 'websocket: bad close code 1004'));
  assert.ok(matchesTemplate('invalid status code ${code}', 'Invalid WebSocket frame: invalid status code 1004'));
  assert.ok(
    matchesTemplate('received {self.rcvd}; then sent {self.sent}', 'x: received 1000 (OK); then sent 1000 (OK)'),
  );
  assert.ok(matchesTemplate('', ''));
  assert.ok(!matchesTemplate('', 'something'));
});
