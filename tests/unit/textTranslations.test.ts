import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT } from '../support/content.ts';
import { textSourceHash, textTranslationProblems, translatedText } from '../../src/i18n/textTranslation.ts';
import { SCENARIOS } from '../../src/scenarios/catalog.ts';
import { SPEC_SECTIONS } from '../../src/scenarios/specSections.ts';
import { englishScenarioText } from '../../src/scenarios/translatable.ts';
import { SCENARIO_TRANSLATIONS, SECTION_TRANSLATIONS, scenarioText } from '../../src/scenarios/scenarioText.ts';
import { CLIENT_METHOD_TRANSLATIONS } from '../../src/observations/clientMethod.ts';
import { CLIENT_IDS } from '../../src/observations/clientIds.ts';
import { clientObservationsSchema } from '../../src/observations/observationSchema.ts';

const locales = Object.keys(SCENARIO_TRANSLATIONS) as (keyof typeof SCENARIO_TRANSLATIONS)[];

test('a text translation that is stale or changes a fact is reported, and the English is shown instead', () => {
  const english = { title: 'Server closes with 1000', why: 'See `close()` (RFC 6455 §7.1.5).' };
  const good = {
    translatedFrom: textSourceHash(english),
    title: '서버가 1000 코드로 종료',
    why: '`close()` 참고(RFC 6455 §7.1.5).',
  };
  assert.deepEqual(textTranslationProblems(english, good), []);
  assert.equal(translatedText('test good', english, good), good);
  const bad = { ...good, translatedFrom: 'x', title: '서버가 1001 코드로 종료', why: 'close() 참고(RFC 6455 §7.1.5).' };
  assert.deepEqual(textTranslationProblems(english, bad), [
    `stale: translatedFrom is x, the English now hashes to ${good.translatedFrom}`,
    'title: numbers differ: English [1000], translation [1001]',
    'why: code differ: English [close()], translation []',
  ]);
  assert.equal(translatedText('test bad', english, bad), english);
  assert.equal(translatedText('test missing', english, undefined), english);
});

test('every translated scenario keeps the English facts and is not stale', () => {
  const problems = locales.flatMap((locale) =>
    SCENARIOS.flatMap((s) =>
      textTranslationProblems(englishScenarioText(s), SCENARIO_TRANSLATIONS[locale][s.id]).map(
        (p) => `${locale} ${s.id}: ${p}`,
      ),
    ),
  );
  assert.deepEqual(problems, []);
  // The pages read them: a sound entry is shown, not the English.
  for (const locale of locales)
    for (const s of SCENARIOS) assert.notEqual(scenarioText(s, locale).title, s.title, `${locale} ${s.id}`);
});

test('every translated section label keeps the English facts and is not stale', () => {
  const english = new Map(Object.entries(SPEC_SECTIONS).map(([id, section]) => [id, section.label]));
  const problems = locales.flatMap((locale) =>
    Object.entries(SECTION_TRANSLATIONS[locale]).flatMap(([id, translation]) =>
      textTranslationProblems({ label: english.get(id) ?? '' }, translation).map((p) => `${locale} ${id}: ${p}`),
    ),
  );
  assert.deepEqual(problems, []);
});

test('every translated lab client description keeps the facts of the measured one and is not stale', () => {
  const problems = locales.flatMap((locale) =>
    CLIENT_IDS.flatMap((id) => {
      const file = clientObservationsSchema.parse(
        JSON.parse(readFileSync(`${ROOT}content/observations/${id}.json`, 'utf8')),
      );
      return textTranslationProblems({ driven: file.client.driven }, CLIENT_METHOD_TRANSLATIONS[locale][id]).map(
        (p) => `${locale} ${id}: ${p}`,
      );
    }),
  );
  assert.deepEqual(problems, []);
});
