import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, SITE, fileForPath, requireBuild } from '../support/dist.ts';
import { codeSchema } from '../../src/model/codeSchema.ts';
import { isAllowedFromPageClose, rangeOf } from '../../src/rules/closeCodeRules.ts';
import { CODES_JSON_VERSION, type CodesJson } from '../../src/model/codesJsonShape.ts';
import { loadCodes, loadPairs } from '../support/content.ts';
import { renderProse } from '../../src/model/contentProse.ts';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { readObservations } from '../../src/model/readContent.ts';

before(requireBuild);

test('/codes.json matches the schema and the content, with derived facts right', () => {
  const doc = JSON.parse(readFileSync(`${DIST}codes.json`, 'utf8')) as CodesJson;
  assert.equal(doc.version, CODES_JSON_VERSION);
  // The published text is the content with its {obs:} references rendered from the measurements.
  const lab = indexObservations(readObservations());
  const content = loadCodes().map((c) => renderProse(c.file, c.data, lab).data);
  assert.equal(doc.codes.length, content.length);
  for (const entry of doc.codes) {
    const { range, fromPageClose, url, meanings: _meanings, ...stored } = entry;
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
