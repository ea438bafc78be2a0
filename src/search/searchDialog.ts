import { fill } from '../i18n/fill.ts';
import { targetFor, type Targets } from '../model/codeTarget.ts';
import { decode } from '../decoder/decode.ts';
import type { DecoderEntry } from '../decoder/decoderIndex.ts';
import { DECODER_INDEX_PATH, TARGETS_PATH } from '../routing/routes.ts';
import { documentLocale, localePath } from '../i18n/localePaths.ts';
import type { SearchLabels } from './searchLabels.ts';
import { normalisePastedLine } from '../observations/normaliseMessage.ts';

/** The UI strings, compiled in by the build (`ENTRY_DATA` in `clientBundle.ts`). */
declare const WSCC_LABELS: SearchLabels;

/**
 * The search dialog's behaviour, loaded on first use (button or Ctrl/⌘+K).
 * It talks to Pagefind's browser API, which is itself fetched only now.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  meta: { title?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: { ranking: { metaWeights: Record<string, number> } }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    term: string,
    options: { filters: Record<string, string> },
    timeout?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 10;
/** The shortest query the decoder is asked about: shorter ones are words, not names or log lines. */
const DECODE_MIN_LENGTH = 6;
/** How many of Pagefind's results are checked for a pasted line, word for word. */
const PHRASE_WINDOW = 30;
/** A query of this many words or more is treated as a pasted line (a log message, an exception). */
const PHRASE_WORDS = 4;

/**
 * Pagefind ranks by words, so a pasted log line ("websocket: close 1006
 * (abnormal closure): unexpected EOF") matches every page that shares its
 * common words. The pages that contain the line itself, once ports and run
 * ids are normalised as the lab publishes them, go first.
 */
function phraseFirst(term: string, results: readonly PagefindResultData[]): PagefindResultData[] {
  if (term.trim().split(/\s+/).length < PHRASE_WORDS) return [...results];
  const line = normalisePastedLine(term);
  const contains = (d: PagefindResultData) => d.content.replace(/\s+/g, ' ').toLowerCase().includes(line);
  return [...results.filter(contains), ...results.filter((d) => !contains(d))];
}

/**
 * Matches in these page metadata fields lift a page above pages that only
 * mention the term: a search for "1006" or for a symptom should land on the
 * code page itself before the comparisons that mention it.
 */
export const SEARCH_META_WEIGHTS: Record<string, number> = { code: 10, keywords: 6, title: 3 };
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  // A variable URL keeps the bundler from resolving it: the index only exists after a build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    await api.options({ ranking: { metaWeights: SEARCH_META_WEIGHTS } });
    await api.init();
    return api;
  });
  return pagefind;
}

function el<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

async function fillFilters(api: PagefindApi): Promise<void> {
  const filters = await api.filters();
  for (const [name, selectId] of [
    ['category', 'search-category'],
    ['type', 'search-type'],
  ] as const) {
    const select = el<HTMLSelectElement>(selectId);
    if (select.options.length > 1) continue;
    for (const [value, count] of Object.entries(filters[name] ?? {}).sort()) {
      select.add(new Option(`${value} (${count})`, value));
    }
  }
}

async function runSearch(): Promise<void> {
  const input = el<HTMLInputElement>('search-input');
  const status = el<HTMLParagraphElement>('search-status');
  const list = el<HTMLUListElement>('search-results');
  const term = input.value.trim();
  const filters: Record<string, string> = {};
  const category = el<HTMLSelectElement>('search-category').value;
  const type = el<HTMLSelectElement>('search-type').value;
  if (category) filters['category'] = category;
  if (type) filters['type'] = type;
  if (!term) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let api: PagefindApi;
  try {
    api = await loadPagefind();
  } catch {
    status.textContent = WSCC_LABELS['search.unavailable'];
    return;
  }
  const [search, targets, decoded] = await Promise.all([
    api.debouncedSearch(term, { filters }, 120),
    loadTargets(),
    decodedCode(term),
  ]);
  if (!search) return; // superseded by a newer keystroke
  const data = phraseFirst(term, await Promise.all(search.results.slice(0, PHRASE_WINDOW).map((r) => r.data()))).slice(
    0,
    MAX_RESULTS,
  );
  list.replaceChildren(
    ...numberTarget(term, targets),
    ...(decoded ? goTo(decoded.code, decoded.detail, targets) : []),
    ...data.map((d) => {
      const excerpt = document.createElement('span');
      // Pagefind's excerpt is escaped page text with <mark> highlights.
      excerpt.innerHTML = d.excerpt;
      return resultItem(d.url, d.meta.title ?? d.url, excerpt);
    }),
  );
  select(0);
  status.textContent = data.length
    ? fill(WSCC_LABELS['search.count'], { count: search.results.length })
    : WSCC_LABELS['search.noResults'];
}

let targetsLoad: Promise<Targets> | undefined;

/** The pages bare numbers lead to, fetched once on the first query (pages do not carry them). */
function loadTargets(): Promise<Targets> {
  targetsLoad ??= fetch(TARGETS_PATH).then(
    (r) => (r.ok ? (r.json() as Promise<Targets>) : { codes: [], ranges: [] }),
    () => ({ codes: [], ranges: [] }),
  );
  return targetsLoad;
}

/**
 * One result: a link to `href` that is also an option of the results listbox,
 * so the arrow keys can highlight it while focus stays in the search box.
 */
function resultItem(href: string, title: string, detail?: Node | string): HTMLLIElement {
  const link = make('a', { href, role: 'option', tabindex: '-1' }, make('strong', {}, title));
  if (detail) link.append(detail instanceof Node ? detail : make('span', {}, detail));
  return make('li', { role: 'none' }, link);
}

/** A "Go to" result for code `n`: its code page, or its range's page when it has none; `detail` says why. */
function goTo(n: number, detail: string, { codes, ranges }: Targets): HTMLLIElement[] {
  const target = targetFor(n, codes, ranges);
  return target
    ? [resultItem(localePath(target.path, documentLocale()), `${WSCC_LABELS['search.goto']} ${target.label}`, detail)]
    : [];
}

/** A bare number goes straight to its code page, or to its range's page when it has none. */
function numberTarget(term: string, targets: Targets): HTMLLIElement[] {
  return /^\d{1,4}$/.test(term) ? goTo(Number(term), '', targets) : [];
}

let decoderIndex: Promise<DecoderEntry[]> | undefined;

/**
 * A constant's name (`CloseGoingAway`) or a log line the decoder recognises
 * goes straight to its code, through the same index as `/decode/` (fetched
 * once, on the first query that could be one).
 */
async function decodedCode(term: string): Promise<{ code: number; detail: string } | undefined> {
  if (term.length < DECODE_MIN_LENGTH || /^\d+$/.test(term)) return undefined;
  decoderIndex ??= fetch(DECODER_INDEX_PATH).then(
    (r) => (r.ok ? (r.json() as Promise<DecoderEntry[]>) : []),
    () => [],
  );
  const result = decode(term, await decoderIndex);
  const best = result.matches[0];
  return result.code === null || !best ? undefined : { code: result.code, detail: `${best.stack}: ${best.text}` };
}

function options(): HTMLAnchorElement[] {
  return [...el('search-results').querySelectorAll<HTMLAnchorElement>('[role=option]')];
}

/** The highlighted result, the one Enter opens. */
let selected = 0;

/** Highlight result `index` (clamped to the list) and point the search box at it. */
function select(index: number): void {
  const items = options();
  const input = el<HTMLInputElement>('search-input');
  selected = Math.max(0, Math.min(index, items.length - 1));
  items.forEach((item, i) => {
    item.id = `search-result-${i}`;
    item.setAttribute('aria-selected', String(i === selected));
  });
  const current = items[selected];
  input.setAttribute('aria-expanded', String(items.length > 0));
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

/** The search the latest keystroke or filter change started; Enter waits for it. */
let latestSearch: Promise<void> = Promise.resolve();

function search(): void {
  latestSearch = runSearch();
}

/** Open the highlighted result once the results for what was typed are in. */
async function openSelected(): Promise<void> {
  const pending = latestSearch;
  await pending;
  // Typing went on while this search ran: the newer results are not the ones Enter was pressed on.
  if (pending === latestSearch) options()[selected]?.click();
}

function onKeydown(event: KeyboardEvent, dialog: HTMLDialogElement): void {
  if (event.isComposing) return; // the keys belong to an input method's composition
  if (event.key === 'Escape') {
    // A type=search box takes the first Escape to clear itself and keeps it from the dialog: close on the first.
    event.preventDefault();
    dialog.close();
    return;
  }
  if (event.target !== el('search-input') || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  event.preventDefault();
  select(selected + (event.key === 'ArrowDown' ? 1 : -1));
}

/** An element with attributes and children. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A labelled filter whose options `fillFilters` adds once Pagefind has loaded. */
function filterSelect(label: string, id: string): HTMLLabelElement {
  return make(
    'label',
    {},
    `${label} `,
    make('select', { id }, make('option', { value: '' }, WSCC_LABELS['search.filter.all'])),
  );
}

/** The dialog's contents, built on first use so that pages carry only the empty dialog. */
function buildDialog(dialog: HTMLDialogElement): void {
  const form = make(
    'form',
    { class: 'search-form', role: 'search' },
    make('label', { class: 'sr-only', for: 'search-input' }, WSCC_LABELS['search.label']),
    make('input', {
      id: 'search-input',
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-controls': 'search-results',
      'aria-expanded': 'false',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: WSCC_LABELS['search.placeholder'],
    }),
    make(
      'div',
      { class: 'search-filters' },
      filterSelect(WSCC_LABELS['search.filter.category'], 'search-category'),
      filterSelect(WSCC_LABELS['search.filter.type'], 'search-type'),
    ),
    // Named by its content, so the key it shows where there is a keyboard is part of its name;
    // narrow screens show a cross instead (global.css).
    make(
      'button',
      { type: 'button', id: 'search-close', class: 'icon-button search-close', 'aria-keyshortcuts': 'Escape' },
      make('span', { class: 'sr-only' }, WSCC_LABELS['search.close']),
      make('kbd', {}, WSCC_LABELS['search.closeKey']),
      make('span', { class: 'search-close-icon', 'aria-hidden': 'true' }, '×'),
    ),
  );
  // Enter in the search box submits the form: it opens the highlighted result.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void openSelected();
  });
  dialog.append(
    form,
    make('p', { id: 'search-status', class: 'search-status', role: 'status', 'aria-live': 'polite' }),
    make('ul', {
      id: 'search-results',
      class: 'search-results',
      role: 'listbox',
      'aria-label': WSCC_LABELS['search.results'],
    }),
  );
}

/** Open the search dialog (the boot script's entry point), wiring it on first use. */
export function activate(dialog: HTMLElement): void {
  if (!(dialog instanceof HTMLDialogElement)) return;
  if (!dialog.dataset['live']) {
    dialog.dataset['live'] = '1';
    buildDialog(dialog);
    el('search-input').addEventListener('input', search);
    el('search-category').addEventListener('change', search);
    el('search-type').addEventListener('change', search);
    el('search-close').addEventListener('click', () => dialog.close());
    dialog.addEventListener('keydown', (e) => onKeydown(e, dialog));
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close(); // a click on the backdrop
    });
    loadPagefind().then(fillFilters, () => undefined);
  }
  if (!dialog.open) dialog.showModal();
  el<HTMLInputElement>('search-input').focus();
  if (el<HTMLInputElement>('search-input').value) search();
}
