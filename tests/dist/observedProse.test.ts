import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { findObservedRefs, renderObservedRef } from '../../src/observations/observedProse.ts';
import { walkStrings } from '../../src/model/contentProse.ts';
import { readCollection, readObservations } from '../../src/model/readContent.ts';
import { DIST, htmlFiles, page, requireBuild } from '../support/dist.ts';
import { LOCALES, localePath } from '../../src/i18n/localePaths.ts';

before(requireBuild);
const lab = indexObservations(readObservations());
const plain = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ');

/** The page each content file's prose appears on. */
const pages = {
  codes: (d: { code: number }) => `codes/${d.code}/index.html`,
  pairs: (d: { a: number; b: number }) => `compare/${d.a}-vs-${d.b}/index.html`,
  ranges: (_: unknown, file: string) => `ranges/${file.replace(/^.*\/|\.yaml$/g, '')}/index.html`,
  protocols: (_: unknown, file: string) => `protocols/${file.replace(/^.*\/|\.yaml$/g, '')}/index.html`,
};

test('every {obs:} reference in the content renders from the data on its page, in every language', () => {
  let checked = 0;
  for (const locale of LOCALES)
    for (const dir of ['codes', 'pairs', 'ranges', 'protocols'] as const) {
      for (const { file, data } of readCollection(dir)) {
        // A translation keeps the English references (tests/unit/translations.test.ts), rendered in its language.
        const html = localePath('/', locale).slice(1) + pages[dir](data as never, file);
        const text = plain(page(html).text);
        walkStrings(data, (value, path) => {
          for (const ref of findObservedRefs(value)) {
            checked++;
            assert.ok(
              text.includes(plain(renderObservedRef(ref, lab, locale))),
              `${file} ${path}: ${ref.raw} is not rendered on ${html}`,
            );
          }
        });
      }
    }
  assert.ok(checked > 0, 'the content has observation references');
  console.log(`${checked} observation references rendered`);
});

test('no page, JSON or text file of the build shows an unrendered {obs:} reference', () => {
  for (const file of [...htmlFiles(), 'codes.json', 'llms.txt'])
    assert.doesNotMatch(readFileSync(`${DIST}${file}`, 'utf8'), /\{obs:/, file);
});
