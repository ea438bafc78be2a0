import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, SITE, fileForPath, requireBuild } from '../support/dist.ts';
import { codeSchema } from '../../src/model/codeSchema.ts';
import { isAllowedFromPageClose, rangeOf } from '../../src/rules/closeCodeRules.ts';
import { CODES_JSON_VERSION, type CodesJson } from '../../src/model/codesJsonShape.ts';
import type { DecoderEntry } from '../../src/decoder/decoderIndex.ts';
import { loadCodes, loadPairs } from '../support/content.ts';
import { renderProse } from '../../src/model/contentProse.ts';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { readObservations, readStacks } from '../../src/model/readContent.ts';
import { COMMIT_PREFIX, permalink } from '../../src/stacks/permalink.ts';

const stacks = readStacks().sort((a, b) => a.name.localeCompare(b.name));

before(requireBuild);

test('/codes.json matches the schema and the content, with derived facts right', () => {
  const doc = JSON.parse(readFileSync(`${DIST}codes.json`, 'utf8')) as CodesJson;
  assert.equal(doc.version, CODES_JSON_VERSION);
  // The published text is the content with its {obs:} references rendered from the measurements.
  const lab = indexObservations(readObservations());
  const content = loadCodes().map((c) => renderProse(c.file, c.data, lab, 'en').data);
  assert.equal(doc.codes.length, content.length);
  for (const entry of doc.codes) {
    const { range, fromPageClose, url, meanings: _meanings, stacks: names, ...stored } = entry;
    // Each stack's name for the code, as its content file records it, with the permalink to its line.
    assert.deepEqual(
      names,
      stacks.flatMap((s) =>
        s.codes
          .filter((c) => c.code === entry.code)
          .map((c) => ({ stack: s.id, name: c.name, source: permalink(s, c) })),
      ),
    );
    // Everything but the page-only fields must round-trip through the content schema.
    const parsed = codeSchema.parse({ ...stored, samples: [], keywords: [] });
    const source = content.find((c) => c.code === entry.code)!;
    assert.deepEqual({ ...parsed, samples: source.samples, keywords: source.keywords }, source);
    assert.equal(range, rangeOf(entry.code));
    assert.equal(fromPageClose, isAllowedFromPageClose(entry.code));
    assert.ok(url.startsWith(SITE) && fileForPath(new URL(url).pathname), url);
  }
  assert.equal(doc.pairs.length, loadPairs().length);
  for (const p of doc.pairs) {
    assert.ok(p.a < p.b);
    assert.ok(fileForPath(new URL(p.url).pathname), p.url);
  }
});

test('/stacks.json publishes every stack with a permalink for every fact, and the codes it leaves unnamed', () => {
  const doc = JSON.parse(readFileSync(`${DIST}stacks.json`, 'utf8')) as {
    version: number;
    stacks: {
      id: string;
      source: { repo: string; commit: string };
      codes: { code: number; source: string }[];
      missing: number[];
      url: string;
    }[];
  };
  assert.equal(doc.version, 1);
  assert.deepEqual(
    doc.stacks.map((s) => s.id),
    stacks.map((s) => s.id),
  );
  for (const s of doc.stacks) {
    const named = new Set(s.codes.map((c) => c.code));
    for (let code = 1000; code <= 1015; code++)
      assert.equal(s.missing.includes(code), !named.has(code), `${s.id} ${code}`);
    // The full pinned commit is published; each link carries its prefix (src/stacks/permalink.ts).
    assert.match(s.source.commit, /^[0-9a-f]{40}$/, s.id);
    const blob = `https://github.com/${s.source.repo}/blob/${s.source.commit.slice(0, COMMIT_PREFIX)}/`;
    for (const c of s.codes) assert.match(c.source, new RegExp(`^${blob.replace(/[.]/g, '\\.')}.+#L\\d+$`));
    assert.ok(fileForPath(new URL(s.url).pathname), s.url);
  }
});

test('/ko/codes.json has the same codes and facts with the Korean prose, and links the Korean pages', () => {
  const en = JSON.parse(readFileSync(`${DIST}codes.json`, 'utf8')) as CodesJson;
  const ko = JSON.parse(readFileSync(`${DIST}ko/codes.json`, 'utf8')) as CodesJson;
  assert.deepEqual(
    ko.codes.map((c) => [c.code, c.name, c.range, c.reconnect, c.sender]),
    en.codes.map((c) => [c.code, c.name, c.range, c.reconnect, c.sender]),
  );
  assert.deepEqual(
    ko.pairs.map((p) => [p.a, p.b]),
    en.pairs.map((p) => [p.a, p.b]),
  );
  for (const doc of [ko.codes, ko.protocolCodes, ko.protocols, ko.pairs])
    for (const { url } of doc) assert.match(new URL(url).pathname, /^\/ko\//, url);
  // The prose is the translation: every summary and tagline differs from the English and is written in Hangul.
  for (const [k, e] of ko.codes.map((c, i) => [c, en.codes[i]!] as const)) {
    assert.notEqual(k.summary, e.summary, `${k.code}: summary`);
    assert.match(k.summary, /[가-힣]/, `${k.code}: summary`);
  }
  for (const [k, e] of ko.pairs.map((p, i) => [p, en.pairs[i]!] as const))
    assert.notEqual(k.tagline, e.tagline, `${k.a}-vs-${k.b}: tagline`);
});

test('/ko/decode/index.json decodes the same texts to the same codes, with Korean contexts and Korean client pages', () => {
  const en = JSON.parse(readFileSync(`${DIST}decode/index.json`, 'utf8')) as DecoderEntry[];
  const ko = JSON.parse(readFileSync(`${DIST}ko/decode/index.json`, 'utf8')) as DecoderEntry[];
  const facts = (entries: DecoderEntry[]) =>
    entries.map(({ kind, text, code, stack }) => ({ kind, text, code, stack }));
  assert.deepEqual(facts(ko), facts(en));
  const measured = ko.filter((e) => e.kind === 'measured');
  assert.ok(measured.length > 100);
  for (const e of measured) {
    assert.match(e.href, /^\/ko\/clients\/[^/]+\/$/, e.text);
    assert.match(e.context, /\p{Script=Hangul}/u, `${e.text}: ${e.context}`);
  }
});
