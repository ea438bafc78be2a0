/**
 * The 404 page's hint for `/codes/<n>/` with no page: which range `<n>` is
 * in, or that it is no close code at all. Inline on the 404 page, so it runs
 * without fetching anything; the texts come from the page's data attributes.
 */
import { fill } from '../i18n/fill.ts';

const match = /^\/codes\/(\d{1,9})\/?$/.exec(location.pathname);
const hint = document.getElementById('code-hint');
if (match && hint) {
  const code = Number(match[1]);
  const range = [...hint.querySelectorAll<HTMLAnchorElement>('a[data-from]')].find(
    (a) => code >= Number(a.dataset['from']) && code <= Number(a.dataset['to']),
  );
  const line = hint.querySelector('p')!;
  const values = { code, range: range?.textContent ?? '' };
  if (range) {
    line.textContent = `${fill(hint.dataset['hint'] ?? '', values)} `;
    line.append(range);
  } else line.textContent = fill(hint.dataset['out'] ?? '', values);
  hint.hidden = false;
}
