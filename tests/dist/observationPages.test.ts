import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, fileForPath, page, requireBuild } from '../support/dist.ts';
import type { ObservationsJson } from '../../src/observations/observationsJson.ts';
import { scenariosForCode } from '../../src/scenarios/catalog.ts';
import { SPEC_SECTIONS } from '../../src/scenarios/specSections.ts';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { verdictFor } from '../../src/observations/specCheck.ts';
import { readObservations } from '../../src/model/readContent.ts';
import { codePath } from '../../src/routing/routes.ts';

before(requireBuild);
const files = readObservations();
const lab = indexObservations(files);
const sectionUrls = new Set<string>(Object.values(SPEC_SECTIONS).map((s) => s.url));

test('/observations.json publishes every committed measurement, every outcome with its count', () => {
  const doc = JSON.parse(readFileSync(`${DIST}observations.json`, 'utf8')) as ObservationsJson;
  assert.equal(doc.version, 2);
  assert.match(doc.generated, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(doc.clients.map((c) => c.id).sort(), files.map((f) => f.client.id).sort());
  assert.equal(
    doc.results.length,
    files.reduce((n, f) => n + f.results.length, 0),
  );
  for (const r of doc.results) {
    const file = files.find((f) => f.client.id === r.client)!;
    const source = file.results.find((x) => x.scenario === r.scenario)!;
    assert.equal(r.runs, file.runs);
    assert.equal(r.stable, source.outcomes.length === 1);
    assert.deepEqual(
      r.outcomes.map(({ spec: _s, differences: _d, ...o }) => o),
      source.outcomes,
    );
    assert.deepEqual(
      r.outcomes.map((o) => o.spec),
      source.outcomes.map((o) => verdictFor(r.scenario, o).status),
    );
    assert.equal(
      r.outcomes.reduce((n, o) => n + o.count, 0),
      file.runs,
    );
  }
});

test('each code page shows every outcome of every measured client, differences marked and linked to their section', () => {
  for (const code of [...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000]) {
    const root = page(fileForPath(codePath(code))!);
    const scenarios = scenariosForCode(code).filter((s) => lab.cells.has(s.id));
    const cells = scenarios.flatMap((s) => [...lab.cells.get(s.id)!.values()]);
    const rows = root.querySelectorAll('#clients-report ~ .table-wrap tbody tr:not(:first-child)');
    assert.equal(
      rows.length,
      cells.reduce((n, c) => n + c.outcomes.length, 0),
      `/codes/${code}/`,
    );
    const differing = cells.flatMap((c) => c.outcomes.filter((o) => o.verdict.status === 'differs'));
    const marked = rows.filter((r) => r.querySelector('td.differs'));
    assert.equal(marked.length, differing.length, `/codes/${code}/: rows marked as differing`);
    for (const row of marked) {
      const links = row.querySelectorAll('.spec-links a');
      assert.ok(links.length > 0, `/codes/${code}/: a differing row names its section`);
      for (const a of links) assert.ok(sectionUrls.has(a.getAttribute('href') ?? ''), a.getAttribute('href') ?? '');
    }
    const unstable = cells.filter((c) => !c.stable).reduce((n, c) => n + c.outcomes.length, 0);
    assert.equal(rows.filter((r) => r.hasAttribute('data-unstable')).length, unstable);
  }
});

test('/clients/ shows the full matrix, every unstable cell with each outcome, and links every difference', () => {
  const root = page('clients/index.html');
  const scenarios = new Set(files.flatMap((f) => f.results.map((r) => r.scenario)));
  assert.equal(root.querySelectorAll('#lab-matrix tbody tr').length, scenarios.size);
  assert.equal(root.querySelectorAll('#lab-matrix thead th[data-client]').length, files.length);
  assert.match(root.text, /not Safari/);
  const unstable = [...lab.cells.values()].flatMap((row) => [...row.values()].filter((c) => !c.stable));
  assert.equal(root.querySelectorAll('#lab-matrix td[data-unstable]').length, unstable.length);
  assert.equal(root.querySelectorAll('[data-unstable-cell]').length, unstable.length);
  if (unstable.length === 0) assert.match(root.text, /No cell varied between runs/);
  const notable = root.querySelectorAll('#notable + ul > li');
  assert.ok(notable.length > 0);
  for (const li of notable) assert.ok(li.querySelector('.spec-links a'), li.text);
});
