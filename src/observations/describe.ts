/** Sentences about measured behaviour, built only from the data: no observed value is ever typed by hand. */
import type { Difference } from '../scenarios/verdict.ts';
import type { Cell } from './labIndex.ts';
import type { Outcome } from './observationSchema.ts';
import { fill, t, type Locale } from '../i18n/locale.ts';
import { shortClientName } from './clientIds.ts';
import { list } from './observedProse.ts';

/** What the client put on the wire in one outcome, in words. */
export function wireText(o: Outcome, locale: Locale): string {
  const r = o.serverReceived;
  return r ? `${r.code}${r.reason ? ` "${r.reason}"` : ''}` : t('lab.noFrame', locale);
}

/** A message as shown: its text, or a note that it was empty (undici's error events carry an empty message). */
export function messageText(text: string, locale: Locale): string {
  return text === '' ? t('lab.emptyMessage', locale) : text;
}

/** "2 of 3 runs", for an outcome of an unstable cell; empty for a stable one. */
export function shareText(cell: Cell, o: Outcome, locale: Locale): string {
  return cell.stable ? '' : fill(t('lab.share', locale), { count: String(o.count), runs: String(cell.runs) });
}

/** A client as difference lists name it: its name and exact version. */
export function clientLabel(cell: Cell): string {
  return `${cell.client.name} ${cell.client.version}`;
}

/** One line on why a difference from the specs matters, for `client` (one client's label, or several joined). */
export function whyItMatters(client: string, d: Difference, locale: Locale): string {
  const event = (v: string) => (v === 'true' ? t('lab.errorEvent', locale) : t('lab.noErrorEvent', locale));
  const [observed, expected] = d.field === 'error' ? [event(d.observed), event(d.expected)] : [d.observed, d.expected];
  return fill(t(`lab.why.${d.field}`, locale), { client, observed, expected });
}

/** The lines on why the differences of `cells` matter: clients that differ alike share a line. */
export function whyLines(cells: readonly Cell[], locale: Locale): string[] {
  const clients = new Map<string, { d: Difference; names: string[] }>();
  for (const cell of cells)
    for (const { verdict } of cell.outcomes)
      for (const d of verdict.differences) {
        const key = JSON.stringify([d.field, d.expected, d.observed]);
        const line = clients.get(key) ?? { d, names: [] };
        clients.set(key, line);
        const name = shortClientName(cell.client.id, cell.client.version);
        if (!line.names.includes(name)) line.names.push(name);
      }
  // The same clients missing the same expectation in several ways share one line, with each value observed.
  const merged = new Map<string, { d: Difference; names: string[]; observed: string[] }>();
  for (const { d, names } of clients.values()) {
    const key = JSON.stringify([d.field, d.expected, names]);
    const line = merged.get(key) ?? { d, names, observed: [] };
    merged.set(key, line);
    line.observed.push(d.observed);
  }
  return [...merged.values()].map(({ d, names, observed }) =>
    whyItMatters(names.join(', '), { ...d, observed: list(observed, locale) }, locale),
  );
}

/** A sentence describing a measured cell: every outcome, with its share of the runs when they disagree. */
export function sentenceOf(cell: Cell, locale: Locale): string {
  const parts = cell.observation.outcomes.map((o) =>
    fill(t('lab.sentence.outcome', locale), {
      code: String(o.code),
      wasClean: String(o.wasClean),
      errorPart: o.events.includes('error') ? t('lab.sentence.error', locale) : '',
      wire: wireText(o, locale),
      share: cell.stable ? '' : ` (${shareText(cell, o, locale)})`,
    }),
  );
  return fill(t(cell.stable ? 'lab.sentence' : 'lab.sentence.unstable', locale), {
    client: cell.client.name,
    version: cell.client.version,
    outcomes: parts.join(t('lab.sentence.or', locale)),
  });
}
