import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { DIST, fileForPath, page, requireBuild } from '../support/dist.ts';
import { ROOT } from '../support/content.ts';
import { clientObservationsSchema } from '../../src/lab/observationSchema.ts';
import type { ObservationsJson } from '../../src/lab/observationsJson.ts';
import { scenariosForCode } from '../../src/demo/scenarios.ts';
import { verdictFor } from '../../src/lab/specCheck.ts';

before(requireBuild);
const files = readdirSync(`${ROOT}content/observations`).map((f) =>
  clientObservationsSchema.parse(JSON.parse(readFileSync(`${ROOT}content/observations/${f}`, 'utf8'))),
);

test('/observations.json publishes every committed measurement in the documented shape', () => {
  const doc = JSON.parse(readFileSync(`${DIST}observations.json`, 'utf8')) as ObservationsJson;
  assert.match(doc.generated, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(doc.clients.map((c) => c.id).sort(), files.map((f) => f.client.id).sort());
  assert.equal(
    doc.results.length,
    files.reduce((n, f) => n + f.results.length, 0),
  );
  for (const r of doc.results) {
    const source = files.find((f) => f.client.id === r.client)!.results.find((x) => x.scenario === r.scenario)!;
    assert.deepEqual(
      [r.code, r.reason, r.wasClean, r.events, r.serverReceived],
      [source.code, source.reason, source.wasClean, source.events, source.serverReceived],
    );
    assert.equal(r.spec, verdictFor(source).status);
  }
});

test('each code page shows what every measured client reported, marking differences from the specs', () => {
  for (let code = 1000; code <= 1015; code++) {
    const root = page(fileForPath(`/codes/${code}/`)!);
    const scenarios = scenariosForCode(code);
    const rows = root.querySelectorAll('#clients-report ~ .table-wrap tbody tr:not(:first-child)');
    const expected = scenarios.reduce(
      (n, s) => n + files.filter((f) => f.results.some((r) => r.scenario === s.id)).length,
      0,
    );
    assert.equal(rows.length, expected, `/codes/${code}/`);
    const differing = files.flatMap((f) =>
      f.results.filter((r) => scenarios.some((s) => s.id === r.scenario) && verdictFor(r).status === 'differs'),
    );
    const marked = root.querySelectorAll('#clients-report ~ .table-wrap td.differs').length;
    assert.equal(marked > 0, differing.length > 0, `/codes/${code}/: differences marked`);
  }
});

test('/clients/ shows the full matrix: every measured scenario against every client', () => {
  const root = page('clients/index.html');
  const scenarios = new Set(files.flatMap((f) => f.results.map((r) => r.scenario)));
  assert.equal(root.querySelectorAll('#lab-matrix tbody tr').length, scenarios.size);
  assert.equal(root.querySelectorAll('#lab-matrix thead th[data-client]').length, files.length);
  assert.match(root.text, /not Safari/);
});
