/**
 * Inline observation references: `{obs:<scenario>}` in any content string
 * renders what the lab measured in that scenario, so prose about client
 * behaviour is written from the data and cannot drift from it.
 *
 * Syntax: `{obs:<scenario>[:<field>][@<client>,<client>…]}`
 * - field: `code` (default), `wasClean`, `error` or `wire`;
 * - clients: limit the sentence to these lab clients (default: every client measured).
 *
 * `{obs:tls-untrusted}` renders, for example, "Chromium 156, WebKitGTK 2.50 and
 * Node 24 report 1006; Firefox ESR 153 reports 1015". A cell whose runs
 * disagree shows each outcome with its count.
 */
import { scenarioById } from '../scenarios/catalog.ts';
import { CLIENT_IDS, shortClientName, type ClientId } from './clientIds.ts';
import type { Cell, LabData } from './labIndex.ts';
import type { Outcome } from './observationSchema.ts';
import { fill, t, type Locale } from '../i18n/locale.ts';

/** The fields a reference can describe. */
export const OBSERVED_FIELDS = ['code', 'wasClean', 'error', 'wire'] as const;
/** A field a reference can describe. */
export type ObservedField = (typeof OBSERVED_FIELDS)[number];

/** One parsed reference. */
export interface ObservedRef {
  /** The reference as written, braces included. */
  raw: string;
  /** Scenario id. */
  scenario: string;
  /** The field described. */
  field: ObservedField;
  /** The clients to describe, or every client measured when empty. */
  clients: string[];
}

const REF = /\{obs:([^}:@\s]+)(?::([^}@\s]+))?(?:@([^}\s]+))?\}/g;

/** Every reference in `text`, in order. */
export function findObservedRefs(text: string): ObservedRef[] {
  return [...text.matchAll(REF)].map((m) => ({
    raw: m[0],
    scenario: m[1]!,
    field: (m[2] ?? 'code') as ObservedField,
    clients: m[3] ? m[3].split(',') : [],
  }));
}

/** `text` with every reference removed; what the claim lint reads. */
export function withoutObservedRefs(text: string): string {
  return text.replace(REF, 'MEASURED');
}

const isField = (f: string): f is ObservedField => (OBSERVED_FIELDS as readonly string[]).includes(f);
const isClient = (c: string): c is ClientId => (CLIENT_IDS as readonly string[]).includes(c);

/** What is wrong with the references in `text` on their own (unknown scenario, field or client); empty when nothing. */
export function checkObservedRefs(text: string): string[] {
  const problems: string[] = [];
  if (/\{obs:/.test(text) && findObservedRefs(text).length !== (text.match(/\{obs:/g) ?? []).length)
    problems.push('malformed {obs:…} reference');
  for (const ref of findObservedRefs(text)) {
    if (!scenarioById(ref.scenario)) problems.push(`${ref.raw}: unknown scenario "${ref.scenario}"`);
    if (!isField(ref.field))
      problems.push(`${ref.raw}: unknown field "${ref.field}" (use ${OBSERVED_FIELDS.join(', ')})`);
    for (const c of ref.clients) if (!isClient(c)) problems.push(`${ref.raw}: unknown client "${c}"`);
  }
  return problems;
}

/** One outcome's value for a field, as words in `locale`. */
function valueOf(field: ObservedField, o: Outcome, locale: Locale): string {
  switch (field) {
    case 'code':
      return o.code === null ? t('obs.noCode', locale) : String(o.code);
    case 'wasClean':
      return o.wasClean === null ? t('obs.noWasClean', locale) : fill(t('obs.wasClean', locale), { value: o.wasClean });
    case 'error':
      return o.events.includes('error') ? t('obs.error', locale) : t('obs.noError', locale);
    case 'wire':
      return o.serverReceived ? fill(t('obs.wire', locale), { code: o.serverReceived.code }) : t('obs.noWire', locale);
  }
}

/** A cell's value for a field: one value, or each value with its share of the runs when runs disagree. */
function cellValue(field: ObservedField, cell: Cell, locale: Locale): string {
  const counts = new Map<string, number>();
  for (const o of cell.observation.outcomes)
    counts.set(valueOf(field, o, locale), (counts.get(valueOf(field, o, locale)) ?? 0) + o.count);
  if (counts.size === 1) return [...counts.keys()][0]!;
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => fill(t('obs.share', locale), { value, count, runs: cell.runs }));
  return fill(t('obs.unstable', locale), { values: list(parts, locale) });
}

/** "a, b and c", joined as `locale` joins a list. */
export function list(items: readonly string[], locale: Locale): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${t('obs.lastJoin', locale)}${items.at(-1)}`;
}

/** Render one reference from the data in `locale`; throws when the scenario has no measurement for the clients asked. */
export function renderObservedRef(ref: ObservedRef, data: LabData, locale: Locale): string {
  const row = data.cells.get(ref.scenario);
  const wanted = ref.clients.length ? ref.clients : data.clients.map((c) => c.id);
  const cells = wanted.map((id) => row?.get(id)).filter((c): c is Cell => c !== undefined);
  if (cells.length === 0 || (ref.clients.length && cells.length !== ref.clients.length))
    throw new Error(
      `${ref.raw}: no measurement of scenario "${ref.scenario}" for ${ref.clients.join(', ') || 'any client'}`,
    );
  const groups = new Map<string, string[]>();
  for (const cell of cells) {
    const value = cellValue(ref.field, cell, locale);
    groups.set(value, [...(groups.get(value) ?? []), shortClientName(cell.client.id, cell.client.version)]);
  }
  return [...groups]
    .map(([value, names]) =>
      fill(t(names.length === 1 ? `obs.one.${ref.field}` : `obs.many.${ref.field}`, locale), {
        clients: list(names, locale),
        value,
      }),
    )
    .join('; ');
}

/** `text` with every reference rendered from the data, in `locale`. */
export function renderObservedProse(text: string, data: LabData, locale: Locale): string {
  return text.replace(REF, (raw) => renderObservedRef(findObservedRefs(raw)[0]!, data, locale));
}
