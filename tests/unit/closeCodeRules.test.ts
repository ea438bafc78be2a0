import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeCallError,
  isAllowedFromPageClose,
  MAX_REASON_BYTES,
  rangeOf,
  reasonByteLength,
} from '../../src/rules/closeCodeRules.ts';

test('only 1000 and 3000–4999 may be passed to close() from a page (WHATWG)', () => {
  const allowed = [];
  for (let code = 0; code <= 5000; code++) if (isAllowedFromPageClose(code)) allowed.push(code);
  assert.equal(allowed[0], 1000);
  assert.equal(allowed[1], 3000);
  assert.equal(allowed.at(-1), 4999);
  assert.equal(allowed.length, 1 + 2000);
  assert.equal(isAllowedFromPageClose(1000.5), false);
});

test('close() throws InvalidAccessError before SyntaxError, as the standard orders the checks', () => {
  assert.equal(closeCallError(1001, 'x'.repeat(200)), 'InvalidAccessError');
  assert.equal(closeCallError(1000, 'x'.repeat(MAX_REASON_BYTES)), undefined);
  assert.equal(closeCallError(1000, 'x'.repeat(MAX_REASON_BYTES + 1)), 'SyntaxError');
  assert.equal(closeCallError(undefined, undefined), undefined);
  assert.equal(closeCallError(4999), undefined);
  assert.equal(closeCallError(5000), 'InvalidAccessError');
});

test('reason length is counted in UTF-8 bytes, not characters', () => {
  assert.equal(reasonByteLength('é'), 2);
  assert.equal(reasonByteLength('😀'), 4);
  // 41 emoji = 164 bytes: over the limit although only 82 UTF-16 units.
  assert.equal(closeCallError(1000, '😀'.repeat(41)), 'SyntaxError');
  assert.equal(closeCallError(1000, '😀'.repeat(30)), undefined);
});

test('ranges follow RFC 6455 §7.4.2', () => {
  assert.equal(rangeOf(0), 'unused');
  assert.equal(rangeOf(999), 'unused');
  assert.equal(rangeOf(1000), 'protocol');
  assert.equal(rangeOf(2999), 'protocol');
  assert.equal(rangeOf(3000), 'registered');
  assert.equal(rangeOf(3999), 'registered');
  assert.equal(rangeOf(4000), 'private');
  assert.equal(rangeOf(4999), 'private');
  assert.equal(rangeOf(5000), undefined);
  assert.equal(rangeOf(-1), undefined);
});
