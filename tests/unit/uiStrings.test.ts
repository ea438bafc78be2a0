import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { walk } from '../../src/build/files.ts';
import { en } from '../../src/i18n/en.ts';
import { ROOT } from '../support/content.ts';
import { LOCALES } from '../../src/i18n/localePaths.ts';

const SRC = `${ROOT}src/`;
// The dictionaries name every key, so they are no evidence that a key is used.
const dictionaries = LOCALES.map((l) => `i18n/${l}.ts`);
const sources = walk(SRC)
  .filter((f) => !dictionaries.includes(f) && /\.(ts|astro|mjs)$/.test(f))
  .map((f) => readFileSync(`${SRC}${f}`, 'utf8'))
  .join('\n');

test('every UI string key is used somewhere in src/', () => {
  // A key is used when it is named literally, or when code builds it from its prefix (`range.${range}`).
  const unused = Object.keys(en).filter((key) => {
    const prefix = key.slice(0, key.lastIndexOf('.') + 1);
    const literal = sources.includes(`'${key}'`) || sources.includes(`"${key}"`);
    return !literal && !(prefix && sources.includes(`\`${prefix}\${`));
  });
  assert.deepEqual(unused, []);
});
