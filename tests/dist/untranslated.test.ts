import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HTMLElement, Node } from 'node-html-parser';
import { fileForPath, htmlFiles, page, requireBuild } from '../support/dist.ts';
import { codePath } from '../../src/routing/routes.ts';
import { DEFAULT_LOCALE, LOCALES, localePath } from '../../src/i18n/localePaths.ts';
import { loadCodes, loadProtocols } from '../support/content.ts';
import { readCollection } from '../../src/model/readContent.ts';

before(requireBuild);

// Words that only running English prose has many of; two in one run of text without a Hangul letter is a sentence.
const ENGLISH = /\b(?:the|is|are|of|to|and|with|not|that|for|from|when|which|this|was|it|an|be|by|its|on)\b/gi;
const HANGUL = /\p{Script=Hangul}/u;
// Where English is right on a translated page: code, and anything that declares its own language.
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);
// Published titles of documents and sections (kept as published), and protocol code names: names, not prose.
const NAMES = [
  ...new Set([
    ...[...loadCodes(), ...readCollection('ranges')].flatMap((e) => e.data.references.map((r) => r.title)),
    ...loadProtocols().flatMap((p) => [p.data.name, ...p.data.codes.map((c) => c.name)]),
  ]),
].sort((a, b) => b.length - a.length);
/** `text` without the names in it. */
const withoutNames = (text: string) => NAMES.reduce((rest, name) => rest.split(name).join(' '), text);

/** Text runs of `node` that a reader of `locale` gets in English: no Hangul, two English function words or more. */
function englishRuns(node: Node, out: string[]): string[] {
  if (node.nodeType === 3) {
    // Quotations of measured data (close reasons, messages) are shown verbatim.
    const text = node.text.trim();
    const prose = withoutNames(text.replace(/"[^"]*"|“[^”]*”/g, ' '));
    if (!HANGUL.test(text) && (prose.match(ENGLISH)?.length ?? 0) >= 2) out.push(text);
    return out;
  }
  const el = node as HTMLElement;
  if (el.tagName && (SKIP.has(el.tagName.toLowerCase()) || el.getAttribute('lang'))) return out;
  for (const child of node.childNodes) englishRuns(child, out);
  return out;
}

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`/${locale}/ pages print no English prose of their own (code, quotations, names and lang="en" parts aside)`, () => {
    const prefix = localePath('/', locale).slice(1);
    const files = htmlFiles().filter((f) => f.startsWith(prefix));
    assert.ok(files.length > 200);
    const found = new Map<string, string>();
    for (const file of files)
      for (const run of englishRuns(page(file).querySelector('body')!, [])) if (!found.has(run)) found.set(run, file);
    assert.deepEqual(
      [...found].map(([run, file]) => `${file}: ${run.slice(0, 120)}`),
      [],
    );
  });
}

test('a verbatim quotation of the IANA registry keeps its language on the Korean page (WCAG 3.1.2)', () => {
  const quoted = loadCodes().filter((c) => c.data.registryDescription);
  assert.ok(quoted.length > 0);
  for (const { data } of quoted) {
    const text = `“${data.registryDescription}”`;
    const ko = page(fileForPath(codePath(data.code, 'ko'))!);
    assert.ok(
      ko.querySelectorAll('[lang="en"]').some((el) => el.text === text),
      `/ko/codes/${data.code}/: the registry's text in a lang="en" element`,
    );
    // On the English page it is simply text in the page's language.
    const en = page(fileForPath(codePath(data.code))!);
    assert.ok(!en.querySelectorAll('[lang="en"]').some((el) => el.text === text), `/codes/${data.code}/`);
  }
});
