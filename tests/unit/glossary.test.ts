import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ROOT } from '../support/content.ts';
import { fieldTexts, TRANSLATED_FIELDS, type TranslatedCollection } from '../../src/i18n/contentTranslation.ts';
import { glossaryMisses, glossarySchema } from '../../src/i18n/glossary.ts';
import { LOCALES, DEFAULT_LOCALE } from '../../src/i18n/localePaths.ts';

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  const glossary = glossarySchema.parse(parse(readFileSync(`${ROOT}content/${locale}/glossary.yaml`, 'utf8')));

  test(`the ${locale} glossary's patterns are valid and each finds its own English term`, () => {
    for (const term of glossary.terms.filter((t) => t.match))
      assert.match(term.en, new RegExp(term.match!, 'u'), `${term.en}: its match does not find it`);
  });

  test('a translation that writes a checked term another way is reported', () => {
    assert.deepEqual(glossaryMisses(glossary, 'No Close frame arrived.', 'Close 프레임이 오지 않았습니다.'), []);
    assert.deepEqual(glossaryMisses(glossary, 'No Close frame arrived.', '종료 프레임이 오지 않았습니다.'), [
      '"Close frame" → "Close 프레임"',
    ]);
    // Quotations, code spans and lab references are copied verbatim, so their words are not terms to translate.
    assert.deepEqual(
      glossaryMisses(
        glossary,
        'It prints "1004 is reserved" for `reserved` and {obs:server-sends-reserved-1004}.',
        '"1004 is reserved"를 출력합니다.',
      ),
      [],
    );
  });

  test(`every ${locale} translation writes the glossary's terms the glossary's way`, () => {
    const misses: string[] = [];
    for (const [collection, fields] of Object.entries(TRANSLATED_FIELDS) as [
      TranslatedCollection,
      readonly string[],
    ][]) {
      for (const file of readdirSync(`${ROOT}content/${collection}`).filter((f) => f.endsWith('.yaml'))) {
        const english = parse(readFileSync(`${ROOT}content/${collection}/${file}`, 'utf8')) as Record<string, unknown>;
        const translated = parse(readFileSync(`${ROOT}content/${locale}/${collection}/${file}`, 'utf8')) as Record<
          string,
          unknown
        >;
        for (const field of fields) {
          const source = fieldTexts(english, field) ?? [];
          const target = fieldTexts(translated, field) ?? [];
          source.forEach((text, i) => {
            if (text === undefined || target[i] === undefined) return;
            for (const miss of glossaryMisses(glossary, text, target[i]!))
              misses.push(`content/${locale}/${collection}/${file} ${field}[${i}]: ${miss}`);
          });
        }
      }
    }
    assert.deepEqual(misses, []);
  });
}
