import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCodes, loadPairs, loadProtocols } from '../support/content.ts';
import { checkCatalog, requiredPairs } from '../../src/model/checkCatalog.ts';
import { STANDARD_CODES } from '../../src/rules/closeCodeRules.ts';
import { DEFINED_IN_RFC6455 } from '../../src/rules/closeCodeRules.ts';
import { codeSchema } from '../../src/model/codeSchema.ts';
import { pairSchema } from '../../src/model/pairSchema.ts';

const codes = loadCodes();
const pairs = loadPairs();

test('every code 1000–1015 and the IANA 3000-range codes have a schema-valid content file', () => {
  const numbers = codes.map((c) => c.data.code);
  for (const code of [...STANDARD_CODES, 3000, 3003, 3008]) assert.ok(numbers.includes(code), String(code));
});

test('the catalog is consistent: names, related codes, protocols, all required pairs', () => {
  assert.deepEqual(checkCatalog(codes, pairs, loadProtocols()), []);
  const required = requiredPairs(codes.map((c) => c.data));
  assert.ok(required.length >= 120 + 6);
  assert.equal(pairs.length, required.length);
});

test('a declared neighbour without comparison text is reported', () => {
  const withExtra = codes.map((c) =>
    c.data.code === 3008 ? { ...c, data: { ...c.data, neighbours: [...c.data.neighbours, 1000] } } : c,
  );
  assert.deepEqual(checkCatalog(withExtra, pairs), [
    'content/pairs/1000-vs-3008.yaml: missing: every declared neighbour pair needs hand-written comparison text',
  ]);
});

test('codes that must never be sent are reported locally only', () => {
  for (const { file, data } of codes.filter((c) => c.data.onTheWire === 'never'))
    assert.equal(data.sender, 'nobody', file);
  for (const { file, data } of codes.filter((c) => c.data.onTheWire === 'yes'))
    assert.notEqual(data.sender, 'nobody', file);
});

test('1012–1014 are not attributed to RFC 6455', () => {
  for (const { file, data } of codes.filter((c) => c.data.code <= 2999 && !DEFINED_IN_RFC6455.includes(c.data.code))) {
    assert.ok(!/RFC 6455/.test(data.definedIn), `${file}: definedIn`);
    assert.ok(!data.references.some((r) => r.source === 'rfc6455' && /7\.4\.1/.test(r.url)), `${file}: references`);
    assert.ok(
      data.references.some((r) => r.source === 'iana'),
      `${file}: must cite the IANA registry`,
    );
  }
});

test('every code cites a primary source for its definition', () => {
  for (const { file, data } of codes) {
    const wanted = DEFINED_IN_RFC6455.includes(data.code) ? 'rfc6455' : 'iana';
    assert.ok(
      data.references.some((r) => r.source === wanted),
      `${file}: cite ${wanted}`,
    );
  }
});

test('summaries, names (the page titles) and pair taglines are unique', () => {
  const summaries = codes.map((c) => c.data.summary);
  assert.equal(new Set(summaries).size, summaries.length);
  const names = codes.map((c) => c.data.name);
  assert.equal(new Set(names).size, names.length, `a name is shared: ${names.join(', ')}`);
  const taglines = pairs.map((p) => p.data.tagline);
  assert.equal(new Set(taglines).size, taglines.length);
});

test('a pair naming an unknown code is reported with its file and field', () => {
  const broken = [...pairs, { file: 'content/pairs/1000-vs-1099.yaml', data: { ...pairs[0]!.data, a: 1000, b: 1099 } }];
  const errors = checkCatalog(codes, broken);
  assert.deepEqual(errors, ['content/pairs/1000-vs-1099.yaml: field "b": unknown code 1099']);
});

test('a missing pair and a misnamed file are reported', () => {
  const withoutFirst = pairs.filter((p) => !p.file.endsWith('/1000-vs-1001.yaml'));
  assert.deepEqual(checkCatalog(codes, withoutFirst), [
    'content/pairs/1000-vs-1001.yaml: missing: every pair of 1000–1015 needs hand-written comparison text',
  ]);
  const misnamed = codes.map((c) => (c.data.code === 1000 ? { ...c, file: 'content/codes/1001x.yaml' } : c));
  assert.ok(checkCatalog(misnamed, pairs).some((e) => e.startsWith('content/codes/1001x.yaml: field "code"')));
});

test('the schemas reject what they promise to reject', () => {
  const good = codes[0]!.data;
  assert.ok(codeSchema.safeParse(good).success);
  const errorPath = (data: unknown) => codeSchema.safeParse(data).error?.issues[0]?.path.join('.');
  assert.equal(errorPath({ ...good, reconnect: 'maybe' }), 'reconnect');
  assert.equal(errorPath({ ...good, summary: 'No final punctuation here at all' }), 'summary');
  assert.equal(
    errorPath({ ...good, references: [{ source: 'rfc6455', title: 'RFC', url: 'http://example.com' }] }),
    'references.0.url',
  );
  const pair = pairs[0]!.data;
  assert.equal(pairSchema.safeParse({ ...pair, a: pair.b, b: pair.a }).error?.issues[0]?.path.join('.'), 'a');
  assert.equal(
    pairSchema.safeParse({ ...pair, keyDifferences: pair.keyDifferences.slice(0, 2) }).error?.issues[0]?.path.join('.'),
    'keyDifferences',
  );
});
