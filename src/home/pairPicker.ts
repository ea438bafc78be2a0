import { comparePath } from '../i18n/locale.ts';

/** Send the picker straight to the canonical comparison page. */
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
      location.assign(comparePath(a, b));
    });
  }
}
