import { decodeTargets, targetFor } from '../model/codeTarget.ts';

/** Does a row's haystack match every word the user typed? */
export function matchesFilter(haystack: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => haystack.includes(w));
}

/** Filter the home table's rows as the user types. */
export function wireCodeFilter(): void {
  const input = document.getElementById('code-filter') as HTMLInputElement | null;
  const status = document.getElementById('code-filter-status');
  if (!input || !status) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('#code-table tbody tr')];
  const { codes, ranges } = decodeTargets(status.dataset['targets']);
  input.addEventListener('input', () => {
    let shown = 0;
    for (const row of rows) {
      const match = matchesFilter(row.dataset['filter'] ?? '', input.value);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = shown ? (input.value ? `${shown} / ${rows.length}` : '') : (status.dataset['none'] ?? '');
    // A bare number with no row of its own: offer its code page or its range.
    const query = input.value.trim();
    const target =
      /^\d{1,4}$/.test(query) && !rows.some((r) => !r.hidden && r.dataset['code'] === query)
        ? targetFor(Number(query), codes, ranges)
        : undefined;
    if (target) {
      const link = document.createElement('a');
      // The filter is on the home page, the root of its locale's paths: relative to it, the
      // English path is the page's locale's (importing localePath would split a chunk fetched on load).
      link.href = `.${target.path}`;
      link.textContent = `${status.dataset['goto'] ?? ''} ${target.label}`;
      status.append(' ', link);
    }
  });
}
