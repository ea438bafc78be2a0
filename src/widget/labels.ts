import type { UiKey } from '../i18n/en.ts';

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
] as const satisfies readonly UiKey[];

/** The widget's labels by key. */
export type WidgetLabels = Record<(typeof WIDGET_LABEL_KEYS)[number], string>;
