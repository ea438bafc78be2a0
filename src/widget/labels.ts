import type { UiKey } from '../i18n/en.ts';
import type { Locale } from '../i18n/localePaths.ts';
import { SCENARIOS } from '../scenarios/catalog.ts';
import { scenarioText, specSectionLabel } from '../scenarios/scenarioText.ts';
import { SPEC_SECTIONS } from '../scenarios/specSections.ts';

/** The UI strings the widget needs in the browser, passed in `data-labels`. */
export const WIDGET_LABEL_KEYS = [
  'tryit.noServer',
  'tryit.page',
  'tryit.wire',
  'tryit.serverSent',
  'tryit.clientSent',
  'tryit.none',
  'tryit.closedFirst',
  'tryit.tcp',
  'tryit.spec',
  'tryit.matches',
  'tryit.differs',
  'tryit.open',
  'tryit.noRecord',
  'tryit.running',
  'tryit.custom.invalid',
  'tryit.status',
  'tryit.status.close',
  'tryit.status.noClose',
  'tryit.status.wire',
  'tryit.event.close',
  'tryit.event.message',
  'tryit.event.other',
  'tryit.closeFrame',
  'tryit.emptyPayload',
  'tryit.runId',
  'tryit.difference',
] as const satisfies readonly UiKey[];

/** The widget's labels by key. */
export type WidgetLabels = Record<(typeof WIDGET_LABEL_KEYS)[number], string>;

/** The scenario text the widget shows itself (results and status), in a language other than English. */
export interface WidgetScenarioText {
  /** Title, what happens and reason of each scenario, by id. */
  scenarios: Record<string, { title: string; description: string; why: string }>;
  /** Section labels by the section's URL, where they differ from the English. */
  sections: Record<string, string>;
}

/** The widget's scenario text for `locale`; `null` in English, where the published catalog's own text is shown. */
export function widgetScenarioText(locale: Locale): WidgetScenarioText | null {
  if (locale === 'en') return null;
  return {
    scenarios: Object.fromEntries(
      SCENARIOS.map((s) => {
        const { title, description, why } = scenarioText(s, locale);
        return [s.id, { title, description, why }];
      }),
    ),
    sections: Object.fromEntries(
      Object.values(SPEC_SECTIONS).flatMap((section) => {
        const label = specSectionLabel(section, locale);
        return label === section.label ? [] : [[section.url, label]];
      }),
    ),
  };
}
