import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, fileForPath, page, requireBuild } from '../support/dist.ts';
import type { ObservationsJson } from '../../src/observations/observationsJson.ts';
import { SCENARIOS, scenariosForCode } from '../../src/scenarios/catalog.ts';
import { SPEC_SECTIONS } from '../../src/scenarios/specSections.ts';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { verdictFor } from '../../src/observations/specCheck.ts';
import { readObservations } from '../../src/model/readContent.ts';
import { codePath } from '../../src/routing/routes.ts';
import { shortClientName } from '../../src/observations/clientIds.ts';

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
      source.outcomes.map((o) => verdictFor(r.scenario, file.client.id, o).status),
    );
    assert.equal(
      r.outcomes.reduce((n, o) => n + o.count, 0),
      file.runs,
    );
  }
});

test('each code page shows every outcome of every measured client, differences marked and linked to their section', () => {
  // Rows name their clients as the lab's short names ("Chromium 156"), comma-separated.
  const idByName = new Map(files.map((f) => [shortClientName(f.client.id, f.client.version), f.client.id]));
  const clientsOf = (th: { childNodes: { text: string }[] }) =>
    th.childNodes[0]!.text.split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => idByName.get(name) ?? `unknown client "${name}"`);
  for (const code of [...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000]) {
    const root = page(fileForPath(codePath(code))!);
    const scenarios = scenariosForCode(code).filter((s) => lab.cells.has(s.id));
    // What the data says: one entry per scenario, client and outcome.
    const expected = scenarios.flatMap((s) =>
      [...lab.cells.get(s.id)!.values()].flatMap((cell) =>
        cell.outcomes.map((o) => ({
          key: `${s.id}|${cell.client.id}|${o.outcome.code ?? '–'}`,
          differs: o.verdict.status === 'differs',
          unstable: !cell.stable,
        })),
      ),
    );
    // What the page shows: rows name their clients; a row group names the scenarios it stands for.
    const shown = root.querySelectorAll('#clients-report ~ .table-wrap tbody').flatMap((body) => {
      const ids = (body.getAttribute('data-scenarios') ?? '').split(' ');
      return body.querySelectorAll('tr:not(:first-child)').flatMap((row) => {
        const codeCell = row.querySelector('td')!;
        const shownCode = codeCell.childNodes[0]!.text.trim();
        const differs = row.querySelector('td.differs') !== null;
        if (differs) {
          const links = row.querySelectorAll('.spec-links a');
          assert.ok(links.length > 0, `/codes/${code}/: a differing row names its section`);
          for (const a of links) assert.ok(sectionUrls.has(a.getAttribute('href') ?? ''), a.getAttribute('href') ?? '');
        }
        return clientsOf(row.querySelector('th')!).flatMap((client) =>
          ids.map((id) => ({
            key: `${id}|${client}|${shownCode}`,
            differs,
            unstable: row.hasAttribute('data-unstable'),
          })),
        );
      });
    });
    const sort = (xs: { key: string; differs: boolean; unstable: boolean }[]) =>
      xs.map((x) => JSON.stringify(x)).sort();
    assert.deepEqual(sort(shown), sort(expected), `/codes/${code}/`);
  }
});

const idsLongestFirst = SCENARIOS.map((s) => s.id).sort((a, b) => b.length - a.length);

test('each code page lists what the clients\u2019 logs said, every measured message of its scenarios', () => {
  for (const code of [1000, 1002, 1005, 1006, 1009, 1015]) {
    const root = page(fileForPath(codePath(code))!);
    const listed = new Set(root.querySelectorAll('.lab-logs code').map((c) => c.text));
    const scenarios = scenariosForCode(code).filter((s) => lab.cells.has(s.id));
    const messages = scenarios.flatMap((s) =>
      [...lab.cells.get(s.id)!.values()].flatMap((cell) => cell.outcomes.flatMap((o) => o.outcome.messages)),
    );
    for (const m of messages) {
      // Lines that differ only in numbers or the scenario's id share one entry, which shows the first exactly.
      const shape = (t: string) => idsLongestFirst.reduce((x, id) => x.replaceAll(id, ''), t).replace(/\d+/g, '#');
      const text = m.text === '' ? '(an empty message)' : m.text;
      assert.ok(
        listed.has(text) || [...listed].some((l) => shape(l) === shape(text)),
        `/codes/${code}/ lists ${JSON.stringify(text)}`,
      );
    }
    if (messages.length > 0) assert.ok(root.querySelector('#logs'), `/codes/${code}/ has "What your logs say"`);
  }
});

test('each client has a page with every scenario it ran, its outcome and every message it gave', () => {
  for (const file of files) {
    const root = page(fileForPath(`/clients/${file.client.id}/`)!);
    assert.ok(root.querySelector('h1')!.text.includes(file.client.name));
    assert.ok(root.text.includes(file.client.version), file.client.id);
    assert.ok(root.text.includes(file.client.driven), file.client.id);
    for (const r of file.results) {
      const rows = root.querySelectorAll(`#client-scenarios tr[data-scenario="${r.scenario}"]`);
      assert.equal(rows.length, r.outcomes.length, `${file.client.id} ${r.scenario}`);
      r.outcomes.forEach((o, i) => {
        const shown = rows[i]!.querySelectorAll('.lab-messages code').map((c) => c.text);
        assert.deepEqual(
          shown,
          o.messages.map((m) => (m.text === '' ? '(an empty message)' : m.text)),
          `${file.client.id} ${r.scenario}`,
        );
      });
    }
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
