import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HTMLElement } from 'node-html-parser';
import { fileForPath, page, requireBuild } from '../support/dist.ts';
import { SCENARIOS, scenariosForCode, type Scenario } from '../../src/scenarios/catalog.ts';
import { SPEC_SECTIONS } from '../../src/scenarios/specSections.ts';
import { scenarioText, specSectionLabel } from '../../src/scenarios/scenarioText.ts';
import type { ScenarioText } from '../../src/scenarios/translatable.ts';
import { clientMethod } from '../../src/observations/clientMethod.ts';
import { plainInline } from '../../src/components/renderInline.ts';
import { readObservations } from '../../src/model/readContent.ts';
import { clientPath, codePath } from '../../src/routing/routes.ts';
import type { Locale } from '../../src/i18n/localePaths.ts';

before(requireBuild);

/** A built page by its site path. */
function built(path: string): HTMLElement {
  const file = fileForPath(path);
  assert.ok(file, `${path} is not built`);
  return page(file);
}

/** A scenario's prose as a page shows it: descriptions without their backticks. */
const shown = (s: Scenario, locale: Locale): ScenarioText => {
  const text = scenarioText(s, locale);
  return { ...text, description: plainInline(text.description) };
};

/** Every string of the catalog's prose in `locale` that differs in the other language, for "none of these" checks. */
function catalogStrings(locale: Locale, other: Locale): string[] {
  const scenarios = SCENARIOS.flatMap((s) => {
    const mine = shown(s, locale);
    const theirs = shown(s, other);
    return (Object.keys(mine) as (keyof ScenarioText)[]).filter((k) => mine[k] !== theirs[k]).map((k) => mine[k]);
  });
  const sections = Object.values(SPEC_SECTIONS)
    .map((section) => [specSectionLabel(section, locale), specSectionLabel(section, other)])
    .filter(([mine, theirs]) => mine !== theirs)
    .map(([mine]) => mine!);
  return [...new Set([...scenarios, ...sections])];
}

/** The strings of `strings` that the page's body text contains. */
const foundIn = (root: HTMLElement, strings: readonly string[]) => {
  const text = root.querySelector('main')!.text;
  return strings.filter((s) => text.includes(s));
};

for (const locale of ['ko', 'en'] as const) {
  const other = locale === 'ko' ? 'en' : 'ko';

  test(`${codePath(1006, locale)} shows the scenarios' titles, reasons and section labels in its language only`, () => {
    const root = built(codePath(1006, locale));
    const scenarios = scenariosForCode(1006);
    assert.ok(scenarios.length > 3);
    for (const s of scenarios) {
      const text = shown(s, locale);
      const item = root.querySelector(`.tryit button[data-scenario="${s.id}"]`)?.parentNode;
      assert.equal(item?.querySelector('button')?.text.trim(), text.title, `${s.id}: widget button`);
      // The description is not printed in the list (the result card shows it: tests/e2e/widget.spec.ts).
      assert.ok(!item?.text.includes(text.description), `${s.id}: widget description in the list`);
      const group = root
        .querySelectorAll('tbody[data-scenarios]')
        .find((g) => g.getAttribute('data-scenarios')!.split(' ').includes(s.id));
      const header = group?.querySelector('th.lab-scenario')?.text ?? '';
      assert.ok(header.includes(text.title), `${s.id}: lab table title: ${header}`);
      assert.ok(header.includes(text.why), `${s.id}: lab table reason: ${header}`);
      for (const id of new Set(Object.values(s.expected.cites).flat()))
        assert.ok(header.includes(specSectionLabel(SPEC_SECTIONS[id], locale)), `${s.id}: section ${id}: ${header}`);
    }
    assert.deepEqual(foundIn(root, catalogStrings(other, locale)), []);
  });

  test(`${clientPath('chromium', locale)} shows the scenarios' titles and how the lab drives the client in its language only`, () => {
    const root = built(clientPath('chromium', locale));
    const file = readObservations().find((f) => f.client.id === 'chromium')!;
    for (const { scenario } of file.results) {
      const s = SCENARIOS.find((x) => x.id === scenario)!;
      const row = root.querySelector(`#client-scenarios tr[data-scenario="${s.id}"] th`);
      // The title, then an "unstable" badge where the runs differed.
      assert.ok(row?.text.trim().startsWith(shown(s, locale).title), `${s.id}: row title: ${row?.text}`);
    }
    const driven = clientMethod(file.client, locale);
    assert.ok(root.querySelector('main')!.text.includes(driven), 'how the lab drives it');
    const otherDriven = clientMethod(file.client, other);
    assert.notEqual(driven, otherDriven);
    assert.deepEqual(foundIn(root, [...catalogStrings(other, locale), otherDriven]), []);
  });
}
