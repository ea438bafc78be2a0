import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ROOT } from '../support/content.ts';
import {
  TRANSLATED_FIELDS,
  proseFacts,
  sourceHash,
  translationProblems,
  type TranslatedCollection,
} from '../../src/i18n/contentTranslation.ts';

const collections = Object.keys(TRANSLATED_FIELDS) as TranslatedCollection[];

test('the source hash is the git blob hash of the English file', () => {
  // `printf 'hello\n' | git hash-object --stdin`
  assert.equal(sourceHash('hello\n'), 'ce013625030ba8dba906f756967f9e9ca394464a');
});

test('prose facts are the code spans, numbers, URLs and lab references, in any order', () => {
  assert.deepEqual(proseFacts('RFC 6455 §7.1.5 gives `wasClean` false; see https://example.com/a. {obs:x:error}'), {
    code: ['wasClean'],
    numbers: ['6455', '7.1.5'],
    urls: ['https://example.com/a.'],
    observations: ['{obs:x:error}'],
  });
});

test('a translation that changes a fact, drops an item or is stale is reported', () => {
  const raw = 'summary: "1006 means `wasClean` false."\ndescription: ["One {obs:a}.", "Two."]\n';
  const english = { raw, data: parse(raw) as Record<string, unknown> };
  const good = {
    translatedFrom: sourceHash(raw),
    summary: '1006은 `wasClean` false입니다.',
    description: ['하나 {obs:a}.', '둘.'],
  };
  assert.deepEqual(translationProblems('codes', english, good), []);
  const bad = { ...good, translatedFrom: 'x', summary: '1007은 `wasClean` false입니다.', description: ['하나.'] };
  assert.deepEqual(translationProblems('codes', english, bad), [
    'stale: the English file changed since it was translated (translatedFrom differs)',
    'summary[0]: numbers differ: English [1006], translation [1007]',
    'description: 1 items, the English has 2',
  ]);
});

test('every English code, pair, range, protocol and stack has a Korean translation with the same facts, and none is stale', () => {
  const problems: string[] = [];
  for (const collection of collections) {
    for (const file of readdirSync(`${ROOT}content/${collection}`).filter((f) => f.endsWith('.yaml'))) {
      const raw = readFileSync(`${ROOT}content/${collection}/${file}`, 'utf8');
      const ko = `content/ko/${collection}/${file}`;
      if (!existsSync(`${ROOT}${ko}`)) {
        problems.push(`${ko}: missing`);
        continue;
      }
      const translated = parse(readFileSync(`${ROOT}${ko}`, 'utf8')) as Record<string, unknown>;
      for (const p of translationProblems(collection, { raw, data: parse(raw) as Record<string, unknown> }, translated))
        problems.push(`${ko}: ${p}`);
    }
    // No orphan: every Korean file has its English source.
    for (const file of readdirSync(`${ROOT}content/ko/${collection}`))
      if (!existsSync(`${ROOT}content/${collection}/${file}`))
        problems.push(`content/ko/${collection}/${file}: no English source`);
  }
  assert.deepEqual(problems, []);
});
