/**
 * The /clients/ matrix filters (loaded on first use): which clients'
 * columns to show, and whether to show only scenarios where a client
 * differs from the specs.
 */
export function activate(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  const apply = () => {
    const table = document.getElementById(form.getAttribute('aria-controls') ?? '');
    if (!table) return;
    const shown = new Set(new FormData(form).getAll('client').map(String));
    for (const cell of table.querySelectorAll<HTMLElement>('[data-client]'))
      cell.hidden = !shown.has(cell.dataset['client'] ?? '');
    const onlyDiffers = new FormData(form).has('differs');
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr'))
      row.hidden = onlyDiffers && !row.hasAttribute('data-differs');
  };
  if (!form.dataset['live']) {
    form.dataset['live'] = '1';
    form.addEventListener('change', apply);
  }
  apply();
}
