import type { UiKey } from '../i18n/en.ts';

/** The UI strings the decoder needs in the browser, compiled into its bundle. */
export const DECODER_LABEL_KEYS = [
  'decode.found',
  'decode.code',
  'decode.open',
  'decode.none',
  'decode.closest',
  'decode.failed',
] as const satisfies readonly UiKey[];

/** The decoder's labels by key. */
export type DecoderLabels = Record<(typeof DECODER_LABEL_KEYS)[number], string>;
