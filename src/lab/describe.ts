/** Sentences about measured behaviour, built only from the data: no observed value is ever typed by hand. */
import type { Difference } from '../demo/verdict.ts';
import type { Cell } from './labData.ts';
import { t } from '../i18n/locale.ts';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** What the client put on the wire, in words. */
export function wireText(cell: Cell): string {
  const r = cell.observation.serverReceived;
  return r ? `${r.code}${r.reason ? ` "${r.reason}"` : ''}` : t('lab.noFrame');
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

/** A sentence describing a measured cell. */
export function sentenceOf(cell: Cell): string {
  const o = cell.observation;
  return fill(t('lab.sentence'), {
    client: cell.client.name,
    version: cell.client.version,
    code: String(o.code),
    wasClean: String(o.wasClean),
    errorPart: o.events.includes('error') ? t('lab.sentence.error') : '',
    wire: wireText(cell),
  });
}
