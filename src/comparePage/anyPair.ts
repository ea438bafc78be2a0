/**
 * `/compare/?a=<code>&b=<code>`: any two codes, rendered in the browser from
 * the edition's `codes.json` (`/codes.json`, `/ko/codes.json`) in the layout of the static comparison pages. A pair with a
 * static page goes there instead. Loaded when the page shows.
 */
import type { CodesJson, CodesJsonCode, CodesJsonProtocolCode } from '../model/codesJsonShape.ts';
import { comparePath } from '../routing/routes.ts';
import { documentLocale, localePath } from '../i18n/localePaths.ts';
import { fill } from '../i18n/fill.ts';
import { appendInline } from '../components/inlineDom.ts';

type Labels = Record<string, string>;
type AnyCode = CodesJsonCode | CodesJsonProtocolCode;

/** An element holding `text`, content prose rendered as the static pages render it (`code` in backticks). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) appendInline(el, text);
  return el;
}

const isFull = (c: AnyCode): c is CodesJsonCode => 'summary' in c;
const title = (c: AnyCode) =>
  isFull(c) ? `${c.code} ${c.name}` : `${c.code} ${c.meanings.map((m) => m.name).join(' / ')}`;

function facts(c: AnyCode, l: Labels): [string, string][] {
  const rows: [string, string][] = [
    [l['facts.range']!, l[`range.${c.range}`] ?? c.range],
    [l['facts.fromPage']!, c.fromPageClose ? l['yes']! : l['no']!],
  ];
  if (isFull(c)) {
    rows.push(
      [l['facts.definedIn']!, c.definedIn],
      [l['facts.onTheWire']!, l[`onTheWire.${c.onTheWire}`]!],
      [l['facts.sender']!, l[`sender.${c.sender}`]!],
      [l['facts.reconnect']!, l[`reconnect.${c.reconnect}`]!],
    );
  }
  return rows;
}

function factsTable(a: AnyCode, b: AnyCode, l: Labels): HTMLElement {
  const table = h('table');
  table.className = 'facts';
  const head = h('tr');
  head.append(h('td'), h('th', title(a)), h('th', title(b)));
  table.append(h('thead'));
  table.tHead!.append(head);
  const body = h('tbody');
  const fa = new Map(facts(a, l));
  const fb = new Map(facts(b, l));
  for (const label of new Set([...fa.keys(), ...fb.keys()])) {
    const row = h('tr');
    const th = h('th', label);
    th.scope = 'row';
    row.append(th, h('td', fa.get(label) ?? '–'), h('td', fb.get(label) ?? '–'));
    body.append(row);
  }
  table.append(body);
  return table;
}

function section(c: AnyCode, l: Labels, protocolName: (slug: string) => string): HTMLElement {
  const s = h('section');
  s.append(h('h2', title(c)));
  if (isFull(c)) {
    s.append(h('p', c.summary), h('h3', l['code.description']));
    for (const p of c.description) s.append(h('p', p));
    s.append(h('h3', l['code.when']));
    const ul = h('ul');
    for (const w of c.whenItHappens) ul.append(h('li', w));
    s.append(ul, h('h3', l['code.fix']));
    const ol = h('ol');
    for (const r of c.remediation) ol.append(h('li', r));
    s.append(ol);
  } else {
    const ul = h('ul');
    for (const m of c.meanings) ul.append(h('li', `${protocolName(m.protocol)}: ${m.name}. ${m.meaning}`));
    s.append(h('h3', l['protocols.usedBy']), ul);
  }
  const link = h('a', l['compare.codePage'] + ' ' + c.code);
  // The edition's codes.json gives its own pages; the path keeps the reader on this origin.
  link.href = new URL(c.url).pathname;
  s.append(h('p'));
  s.lastElementChild!.append(link);
  return s;
}

/** Render the requested pair, or explain what is wrong with the request. */
export async function activate(root: HTMLElement): Promise<void> {
  if (root.dataset['live']) return;
  root.dataset['live'] = '1';
  const query = new URLSearchParams(location.search);
  if (!query.has('a') && !query.has('b')) return; // the plain list of comparisons
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Labels;
  const status = root.querySelector('.any-status')!;
  const [ra, rb] = [query.get('a') ?? '', query.get('b') ?? ''];
  if (!/^\d{1,4}$/.test(ra) || !/^\d{1,4}$/.test(rb) || ra === rb) {
    status.textContent = labels['any.invalid']!;
    return;
  }
  const [a, b] = [Number(ra), Number(rb)].sort((x, y) => x - y) as [number, number];
  const doc = (await (await fetch(localePath('/codes.json', documentLocale()))).json()) as CodesJson;
  if (doc.pairs.some((p) => p.a === a && p.b === b)) {
    location.replace(comparePath(a, b, documentLocale()));
    return;
  }
  const find = (n: number): AnyCode | undefined =>
    doc.codes.find((c) => c.code === n) ?? doc.protocolCodes.find((c) => c.code === n);
  const [ca, cb] = [find(a), find(b)];
  if (!ca || !cb) {
    status.textContent = fill(labels['any.unknown']!, { codes: [a, b].filter((n) => !find(n)).join(', ') });
    return;
  }
  document.title = fill(labels['any.docTitle']!, { a, b });
  const out = root.querySelector('.any-result')!;
  const heading = h('h1', fill(labels['any.heading']!, { a: title(ca), b: title(cb) }));
  const wrap = h('div');
  wrap.className = 'two-col';
  const protocolName = (slug: string) => doc.protocols.find((p) => p.slug === slug)?.name ?? slug;
  wrap.append(section(ca, labels, protocolName), section(cb, labels, protocolName));
  const tableWrap = h('div');
  tableWrap.className = 'table-wrap';
  tableWrap.append(factsTable(ca, cb, labels));
  out.replaceChildren(heading, h('h2', labels['compare.side']), tableWrap, wrap);
  status.textContent = '';
  root.querySelector<HTMLElement>('.any-index')?.setAttribute('hidden', '');
}
