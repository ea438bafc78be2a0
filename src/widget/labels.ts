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
