/**
 * "Copy link": shares or copies the page's canonical URL, or a section's,
 * for heading anchors. Uses the Web Share API where the device has it.
 */
function canonicalFor(el: HTMLElement): string {
  const canonical =
    document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href.split('#')[0]!;
  const hash = el instanceof HTMLAnchorElement ? el.hash : '';
  return `${canonical}${hash}`;
}

/** Copy (or share) the link for `el`: a Copy link button, or a heading anchor. */
export function activate(el: HTMLElement): void {
  const url = canonicalFor(el);
  if (el instanceof HTMLButtonElement && typeof navigator.share === 'function') {
    void navigator.share({ url, title: document.title }).catch(() => undefined);
    return;
  }
  void navigator.clipboard.writeText(url).then(() => {
    if (!(el instanceof HTMLButtonElement)) return;
    const label = el.textContent;
    el.textContent = el.dataset['done'] ?? label;
    setTimeout(() => (el.textContent = label), 1500);
  });
}
