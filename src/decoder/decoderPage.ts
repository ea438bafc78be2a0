/**
 * `/decode/` in the browser: loaded on the first click of Decode, it fetches
 * the index once and shows what the pasted line decodes to. Every string from
 * the input is shown with `textContent`.
 */
import { decode } from './decode.ts';
import { decodeTargets, targetFor } from '../model/codeTarget.ts';
import { DECODER_INDEX_PATH } from '../routing/routes.ts';
import { documentLocale, localePath } from '../i18n/localePaths.ts';
import type { DecoderEntry } from './decoderIndex.ts';
import { fill } from '../i18n/fill.ts';
import type { DecoderLabels } from './decoderLabels.ts';

/** The UI strings, compiled in by the build (`ENTRY_DATA` in `clientBundle.ts`). */
declare const WSCC_LABELS: DecoderLabels;

let index: Promise<DecoderEntry[]> | undefined;

function item(entry: DecoderEntry): HTMLLIElement {
  const li = document.createElement('li');
  const code = entry.code === null ? '' : `${entry.code} · `;
  const a = document.createElement('a');
  a.href = entry.href;
  a.textContent = entry.stack;
  const text = document.createElement('code');
  text.textContent = entry.text;
  li.append(`${code}`, a, `: ${entry.context} `, text);
  return li;
}

async function run(root: HTMLElement): Promise<void> {
  const input = root.querySelector('textarea')!;
  const out = root.querySelector<HTMLElement>('.decode-result')!;
  const targets = decodeTargets(root.dataset['targets']);
  try {
    // The edition's own index: scenario titles and client pages in the page's language.
    index ??= fetch(localePath(DECODER_INDEX_PATH, documentLocale())).then((r) => r.json() as Promise<DecoderEntry[]>);
    const result = decode(input.value, await index);
    const heading = document.createElement('p');
    const list = document.createElement('ul');
    if (result.matches.length > 0) {
      heading.textContent =
        result.code === null ? WSCC_LABELS['decode.found'] : fill(WSCC_LABELS['decode.code'], { code: result.code });
      const page = result.code === null ? undefined : targetFor(result.code, targets.codes, targets.ranges);
      if (page) {
        const link = document.createElement('a');
        link.href = localePath(page.path, documentLocale());
        link.textContent = fill(WSCC_LABELS['decode.open'], { code: page.label });
        heading.append(' ', link);
      }
      list.append(...result.matches.map(item));
    } else {
      heading.textContent = WSCC_LABELS['decode.none'];
      if (result.closest.length > 0) {
        heading.append(' ', WSCC_LABELS['decode.closest']);
        list.append(...result.closest.map(item));
      }
    }
    out.replaceChildren(heading, list);
    out.dataset['code'] = result.code === null ? '' : String(result.code);
  } catch {
    out.textContent = WSCC_LABELS['decode.failed'];
  }
}

/** The boot script's entry point: decode on each click of the button (the first one loaded this module). */
export function activate(root: HTMLElement, target?: Element): void {
  if (!root.dataset['live']) {
    root.dataset['live'] = '1';
    root.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void run(root);
    });
  }
  if (target?.closest('button')) void run(root);
}
