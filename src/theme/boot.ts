/**
 * The one inline script on every page, run before first paint. It applies a
 * saved theme (the system preference applies otherwise) and only listens:
 * the theme toggle, Ctrl/⌘+K, and elements with `data-module`, whose module
 * it imports on first use (or when the element scrolls into view, with
 * `data-lazy="visible"`) and calls `activate(element, clickTarget?)`. So
 * nothing is fetched on load. Compiled to an inline IIFE at build time; the
 * server's CSP hashes the built output.
 */
interface ClientModule {
  activate(element: HTMLElement, target?: EventTarget | null): void;
}

const root = document.documentElement;
const THEMES = ['', 'light', 'dark'];
const loaded = new Map<HTMLElement, Promise<ClientModule>>();
try {
  root.dataset['theme'] = localStorage['theme'] || '';
} catch {
  // Storage blocked: the system preference applies.
}

function activate(element: HTMLElement | null, target?: EventTarget | null): void {
  if (!element) return;
  let module = loaded.get(element);
  if (!module) loaded.set(element, (module = import(element.dataset['module']!) as Promise<ClientModule>));
  void module.then((m) => m.activate(element, target));
}
const openSearch = () => activate(document.getElementById('search-dialog'));

addEventListener('click', (event) => {
  const target = event.target;
  // A click on the document itself has no `closest`.
  const closest = (selector: string) => (target as Partial<Element> | null)?.closest?.<HTMLElement>(selector);
  let lazy: HTMLElement | null | undefined;
  if (closest('[data-theme-toggle]')) {
    // System (''), light, dark, and round again: the stylesheet shows the state.
    root.dataset['theme'] = THEMES[(THEMES.indexOf(root.dataset['theme']!) + 1) % 3]!;
    try {
      localStorage['theme'] = root.dataset['theme'];
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  } else if (closest('[data-search-open]')) openSearch();
  else if ((lazy = closest('[data-module]')) && !lazy.dataset['live']) {
    // Until its module is live, a button's default (submitting its form) would navigate the click away.
    if (closest('button')) event.preventDefault();
    activate(lazy, target);
  }
});
addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openSearch();
  }
});
addEventListener('DOMContentLoaded', () => {
  const observer = new IntersectionObserver((entries) =>
    entries.forEach((entry) => {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      activate(entry.target as HTMLElement);
    }),
  );
  document.querySelectorAll('[data-lazy=visible]').forEach((element) => observer.observe(element));
});
