import { documentLocale, localePath } from '../i18n/localePaths.ts';
import { comparePath } from '../routing/routes.ts';
import { pairSlug } from '../routing/routes.ts';

/** Send the picker to the canonical comparison page, or to the in-browser comparison for other pairs. */
export function wirePairPicker(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form.picker')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const a = Number(data.get('a'));
      const b = Number(data.get('b'));
      const status = form.querySelector('[role=status]');
      if (a === b) {
        if (status) status.textContent = form.dataset['same'] ?? '';
        return;
      }
      const hasPage = (form.dataset['static'] ?? '').split(' ').includes(pairSlug(a, b));
      const locale = documentLocale();
      location.assign(hasPage ? comparePath(a, b, locale) : localePath(`/compare/?a=${a}&b=${b}`, locale));
    });
  }
}
