/**
 * What of the scenario catalog is prose, and so is translated: each
 * scenario's title, description and reason, and the labels of the sections
 * that are not just "RFC 6455 §x". The translations are typed tables keyed by
 * the catalog's ids (`src/scenarios/<locale>/`); `scenarioText.ts` reads them.
 */
import type { TextTranslation } from '../i18n/textTranslation.ts';
import type { Scenario, ScenarioId } from './catalog.ts';
import type { SpecSectionId } from './specSections.ts';

/** A scenario's prose. */
export interface ScenarioText {
  /** Short title for buttons and tables (`Scenario.title`). */
  title: string;
  /** One line on what happens (`Scenario.description`; inline code in backticks). */
  description: string;
  /** One line on why, citing the rule (`Expected.why`). */
  why: string;
}

/** A scenario's prose as the catalog writes it, in English. */
export function englishScenarioText(s: Scenario): ScenarioText {
  return { title: s.title, description: s.description, why: s.expected.why };
}

/** Sections whose label is prose: every one but RFC 6455's, which read "RFC 6455 §x" in every language. */
export type TranslatedSectionId = Exclude<SpecSectionId, `rfc6455-${string}`>;

/** Whether section `id` has a prose label, translated in every locale. */
export function isTranslatedSection(id: string): id is TranslatedSectionId {
  return !id.startsWith('rfc6455-');
}

/** A locale's scenario prose, one entry per scenario of the catalog. */
export type ScenarioTranslations = Readonly<Record<ScenarioId, TextTranslation<keyof ScenarioText>>>;

/** A locale's section labels, one entry per section whose label is prose. */
export type SectionTranslations = Readonly<Record<TranslatedSectionId, TextTranslation<'label'>>>;
