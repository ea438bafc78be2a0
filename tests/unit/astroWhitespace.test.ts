import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { walk } from '../../src/build/files.ts';
import { astroWhitespaceProblems } from '../../src/build/astroWhitespace.ts';
import config from '../../astro.config.mjs';

const lines = (source: string) => astroWhitespaceProblems(source).map((p) => p.line);

test('every .astro file writes the spaces it means: none is lost to a line break or a component slot', () => {
  const src = new URL('../../src/', import.meta.url);
  const problems = walk(src.pathname)
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) =>
      astroWhitespaceProblems(readFileSync(new URL(file, src), 'utf8')).map(
        (p) => `src/${file}:${p.line}:${p.column} ${p.message}`,
      ),
    );
  assert.deepEqual(problems, []);
});

test('the check is written for the whitespace rules the site is compiled with', () => {
  assert.equal(config.compressHTML, 'jsx');
});

// The patterns that rendered "1006Abnormal Closure", "Checked on2026-11-25",
// "things.Find out", "close():Yes" and "instead:Search".
test('flags an expression and the next word in a component', () => {
  assert.deepEqual(lines('<Heading id="x">\n  {c.code} {c.name}\n</Heading>'), [2]);
  assert.deepEqual(lines('<Heading id="x">{c.code} <b>{c.name}</b></Heading>'), [1]);
});

test('flags a line break between expressions, text and inline elements', () => {
  assert.deepEqual(lines('<p>\n  ({t("checked")}\n  {protocol.checked}).\n</p>'), [2]);
  assert.deepEqual(lines('<p>\n  {lead}\n  {which}\n</p>'), [2]);
  assert.deepEqual(lines('<p>\n  <strong>{label}:</strong>\n  {answer}\n</p>'), [2]);
  assert.deepEqual(lines('<p>\n  {hint}\n  <button>{open}</button>\n</p>'), [2]);
  assert.deepEqual(lines('<li>\n  Some words\n  <a href="/">link</a>\n</li>'), [2]);
  assert.deepEqual(lines('<li>\n  <a href="/">link</a>\n  more words\n</li>'), [2]);
  // A component takes the flow it is placed in.
  assert.deepEqual(lines('<p>\n  {hint}\n  <CopyLink />\n</p>'), [2]);
});

test('accepts an explicit space, a same-line space, and text that needs none', () => {
  assert.deepEqual(lines('<Heading id="x">{`${c.code} ${c.name}`}</Heading>'), []);
  assert.deepEqual(lines('<Heading id="x">{c.code}{" "}{c.name}</Heading>'), []);
  assert.deepEqual(lines("<p>\n  {hint}{' '}\n  <button>{open}</button>\n</p>"), []);
  assert.deepEqual(lines('<p>\n  ({t("checked")} {protocol.checked}).\n</p>'), []);
  assert.deepEqual(lines('<li>\n  <a href="/">{name}</a>\n  : {note}\n</li>'), []);
  assert.deepEqual(lines("<p>\n  {xs.map((x) => (\n    <>\n      {' '}\n      <a>{x}</a>\n    </>\n  ))}\n</p>"), []);
  assert.deepEqual(lines("<p>\n  {a}\n  {cond && ', '}\n</p>"), [2]);
  assert.deepEqual(lines("<p>\n  {a}{' '}\n  {cond && <span> {b}</span>}\n</p>"), []);
});

test('ignores breaks between blocks and around controls, code and raw text', () => {
  assert.deepEqual(
    lines('<section>\n  <h2>{a}</h2>\n  <p>{b}</p>\n  {items.map((i) => <li>{i}</li>)}\n</section>'),
    [],
  );
  assert.deepEqual(lines('<Layout>\n  {filters}\n  <article>{body}</article>\n</Layout>'), []);
  assert.deepEqual(lines('<label>\n  {label}\n  <input name="code" />\n</label>'), []);
  assert.deepEqual(lines('<pre>\n  {a}\n  {b}\n</pre>'), []);
  assert.deepEqual(lines('<p>\n  {a}\n  {/* a note */}\n</p>'), []);
});
