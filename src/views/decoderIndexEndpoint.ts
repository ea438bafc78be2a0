import type { APIRoute } from 'astro';
import { getLabData } from '../observations/labData.ts';
import { getStacks } from '../stacks/stackData.ts';
import { buildDecoderIndex } from '../decoder/decoderIndex.ts';
import { MESSAGE_KINDS, type MessageKind } from '../stacks/stackSchema.ts';
import { clientPath } from '../routing/routes.ts';
import { t, toLocale } from '../i18n/locale.ts';
import { scenarioText } from '../scenarios/scenarioText.ts';

/**
 * `/decode/index.json` and `/ko/decode/index.json`: the decoder's index, fetched by the decoder (and search) on
 * first use, with scenario titles, kinds and client pages in the route's language. Messages and templates are
 * the measured and source texts in both.
 */
export const decoderIndexEndpoint: APIRoute = async ({ currentLocale }) => {
  const locale = toLocale(currentLocale);
  const kindLabels = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, t(`stacks.kind.${k}`, locale)])) as Record<
    MessageKind,
    string
  >;
  const index = buildDecoderIndex(
    await getLabData(),
    await getStacks(),
    { client: (id) => clientPath(id, locale), scenario: (s) => scenarioText(s, locale).title },
    kindLabels,
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
