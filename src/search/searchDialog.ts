import { fill } from '../i18n/fill.ts';
import { decodeTargets, targetFor } from '../model/codeTarget.ts';

/**
 * The search dialog's behaviour, loaded on first use (button or Ctrl/⌘+K).
 * It talks to Pagefind's browser API, which is itself fetched only now.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
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
    status.textContent = status.dataset['unavailable'] ?? '';
    return;
  }
  const search = await api.debouncedSearch(term, { filters }, 120);
  if (!search) return; // superseded by a newer keystroke
  const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(
    ...numberTarget(term),
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      const title = document.createElement('strong');
      title.textContent = d.meta.title ?? d.url;
      const excerpt = document.createElement('span');
      // Pagefind's excerpt is escaped page text with <mark> highlights.
      excerpt.innerHTML = d.excerpt;
      a.append(title, excerpt);
      li.append(a);
      return li;
    }),
  );
  status.textContent = data.length
    ? fill(status.dataset['count'] ?? '', { count: search.results.length })
    : (status.dataset['empty'] ?? '');
}

/** A bare number goes straight to its code page, or to its range's page when it has none. */
function numberTarget(term: string): HTMLLIElement[] {
  if (!/^\d{1,4}$/.test(term)) return [];
  const dialog = el<HTMLDialogElement>('search-dialog');
  const { codes, ranges } = decodeTargets(dialog.dataset['targets']);
  const target = targetFor(Number(term), codes, ranges);
  if (!target) return [];
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = target.path;
  const title = document.createElement('strong');
  title.textContent = `${dialog.dataset['goto'] ?? ''} ${target.label}`;
  a.append(title);
  li.append(a);
  return [li];
}

function focusables(): HTMLElement[] {
  return [el<HTMLInputElement>('search-input'), ...el('search-results').querySelectorAll<HTMLElement>('a')];
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = focusables();
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (index === -1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
  items[next]?.focus();
}

/** Open the search dialog (the boot script's entry point), wiring it on first use. */
export function activate(dialog: HTMLElement): void {
  if (!(dialog instanceof HTMLDialogElement)) return;
  if (!dialog.dataset['live']) {
    dialog.dataset['live'] = '1';
    el('search-input').addEventListener('input', () => void runSearch());
    el('search-category').addEventListener('change', () => void runSearch());
    el('search-type').addEventListener('change', () => void runSearch());
    dialog.addEventListener('keydown', onKeydown);
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close(); // a click on the backdrop
    });
    loadPagefind().then(fillFilters, () => undefined);
  }
  if (!dialog.open) dialog.showModal();
  el<HTMLInputElement>('search-input').focus();
  if (el<HTMLInputElement>('search-input').value) void runSearch();
}
