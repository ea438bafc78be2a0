import type { APIRoute } from 'astro';
import { getLabData } from '../../observations/labData.ts';
import { getStacks } from '../../stacks/stackData.ts';
import { buildDecoderIndex } from '../../decoder/decoderIndex.ts';
import { MESSAGE_KINDS } from '../../stacks/stackSchema.ts';
import { clientPath } from '../../routing/routes.ts';
import { t } from '../../i18n/locale.ts';

/** `/decode/index.json`: the decoder's index, fetched by the decoder on first use. */
export const GET: APIRoute = async () => {
  const kindLabels = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, t(`stacks.kind.${k}`)])) as Record<
    (typeof MESSAGE_KINDS)[number],
    string
  >;
  const index = buildDecoderIndex(await getLabData(), await getStacks(), { client: clientPath }, kindLabels);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
