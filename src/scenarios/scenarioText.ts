/**
 * The one way pages, components and client bundles read a scenario's prose
 * and a section's label in a locale: English from the catalog, other locales
 * from their tables (`src/scenarios/<locale>/`), where the English is shown
 * for an entry that is stale or changes a fact.
 */
import type { Locale } from '../i18n/localePaths.ts';
import { translatedText } from '../i18n/textTranslation.ts';
import type { Scenario } from './catalog.ts';
import { SPEC_SECTIONS, type SpecSection } from './specSections.ts';
import {
  englishScenarioText,
  isTranslatedSection,
  type ScenarioText,
  type ScenarioTranslations,
  type SectionTranslations,
} from './translatable.ts';
import { KO_SCENARIO_TEXT } from './ko/scenarioText.ts';
import { KO_SECTION_TEXT } from './ko/specSectionText.ts';

/** Each translated locale's scenario prose. */
export const SCENARIO_TRANSLATIONS: Record<Exclude<Locale, 'en'>, ScenarioTranslations> = { ko: KO_SCENARIO_TEXT };
/** Each translated locale's section labels. */
export const SECTION_TRANSLATIONS: Record<Exclude<Locale, 'en'>, SectionTranslations> = { ko: KO_SECTION_TEXT };

/** `s`'s title, description and reason in `locale`. */
export function scenarioText(s: Scenario, locale: Locale): ScenarioText {
  const english = englishScenarioText(s);
  if (locale === 'en') return english;
  // Read by the plain id: a scenario built outside the catalog has no entry, and gets the English.
  const table: Readonly<Record<string, ScenarioTranslations[keyof ScenarioTranslations] | undefined>> =
    SCENARIO_TRANSLATIONS[locale];
  return translatedText(`${locale} scenario ${s.id}`, english, table[s.id]);
}

/** Section ids by URL: a verdict's differences carry the sections themselves. */
const sectionIds = new Map<string, string>(Object.entries(SPEC_SECTIONS).map(([id, section]) => [section.url, id]));

/** `section`'s label in `locale`. */
export function specSectionLabel(section: SpecSection, locale: Locale): string {
  if (locale === 'en') return section.label;
  const id = sectionIds.get(section.url);
  if (!id || !isTranslatedSection(id)) return section.label;
  return translatedText(`${locale} section ${id}`, { label: section.label }, SECTION_TRANSLATIONS[locale][id]).label;
}
