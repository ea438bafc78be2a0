/**
 * A code sample's copy button (`data-module`, loaded on its first click):
 * copies the sample's text and says so for a moment.
 */
export function activate(button: HTMLElement): void {
  const text = button.closest('figure')?.querySelector('pre')?.innerText ?? '';
  void navigator.clipboard.writeText(text).then(() => {
    const label = button.textContent;
    button.textContent = button.dataset['done'] ?? 'Copied';
    setTimeout(() => (button.textContent = label), 1500);
  });
}
