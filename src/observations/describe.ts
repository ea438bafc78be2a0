/** Sentences about measured behaviour, built only from the data: no observed value is ever typed by hand. */
import type { Difference } from '../scenarios/verdict.ts';
import type { Cell } from './labIndex.ts';
import type { Outcome } from './observationSchema.ts';
import { fill, t } from '../i18n/locale.ts';

/** What the client put on the wire in one outcome, in words. */
export function wireText(o: Outcome): string {
  const r = o.serverReceived;
  return r ? `${r.code}${r.reason ? ` "${r.reason}"` : ''}` : t('lab.noFrame');
}

/** "2 of 3 runs", for an outcome of an unstable cell; empty for a stable one. */
export function shareText(cell: Cell, o: Outcome): string {
  return cell.stable ? '' : fill(t('lab.share'), { count: String(o.count), runs: String(cell.runs) });
}

/** One line on why a difference from the specs matters. */
export function whyItMatters(cell: Cell, d: Difference): string {
  const client = `${cell.client.name} ${cell.client.version}`;
  if (d.field === 'error') {
    return fill(t('lab.why.error'), {
      client,
      errorVerb: d.observed === 'true' ? t('lab.fires') : t('lab.doesNotFire'),
      expectedVerb: d.expected === 'true' ? t('lab.fires') : t('lab.doesNotFire'),
    });
  }
  return fill(t(`lab.why.${d.field}`), { client, observed: d.observed, expected: d.expected });
}

/** A sentence describing a measured cell: every outcome, with its share of the runs when they disagree. */
export function sentenceOf(cell: Cell): string {
  const parts = cell.observation.outcomes.map((o) =>
    fill(t('lab.sentence.outcome'), {
      code: String(o.code),
      wasClean: String(o.wasClean),
      errorPart: o.events.includes('error') ? t('lab.sentence.error') : '',
      wire: wireText(o),
      share: cell.stable ? '' : ` (${shareText(cell, o)})`,
    }),
  );
  return fill(t(cell.stable ? 'lab.sentence' : 'lab.sentence.unstable'), {
    client: cell.client.name,
    version: cell.client.version,
    outcomes: parts.join(t('lab.sentence.or')),
  });
}
