import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPairs } from '../../src/model/pairs.ts';
import { pairSlug, parsePairSlug } from '../../src/routing/routes.ts';
import { STANDARD_CODES } from '../../src/rules/closeCodeRules.ts';
import { comparePath } from '../../src/routing/routes.ts';

test('1000–1015 give 120 pairs, each lower code first, no duplicates', () => {
  const pairs = allPairs(STANDARD_CODES);
  assert.equal(pairs.length, 120);
  assert.ok(pairs.every((p) => p.a < p.b));
  assert.equal(new Set(pairs.map((p) => pairSlug(p.a, p.b))).size, 120);
  assert.deepEqual(pairs[0], { a: 1000, b: 1001 });
  assert.deepEqual(pairs.at(-1), { a: 1014, b: 1015 });
});

test('allPairs ignores order and duplicates in its input', () => {
  assert.deepEqual(allPairs([3, 1, 2, 1]), [
    { a: 1, b: 2 },
    { a: 1, b: 3 },
    { a: 2, b: 3 },
  ]);
});

test('slugs and paths always put the lower code first', () => {
  assert.equal(pairSlug(1015, 1006), '1006-vs-1015');
  assert.equal(comparePath(1015, 1006), '/compare/1006-vs-1015/');
  assert.deepEqual(parsePairSlug('1015-vs-1006'), { x: 1015, y: 1006 });
  assert.equal(parsePairSlug('1015-1006'), undefined);
  assert.equal(parsePairSlug('1015-vs-'), undefined);
  assert.equal(parsePairSlug('99999-vs-1'), undefined);
});
