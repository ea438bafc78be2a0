import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { shortClientName } from '../../src/observations/clientIds.ts';
import { findObservedRefs, renderObservedProse, renderObservedRef } from '../../src/observations/observedProse.ts';
import { readObservations } from '../../src/model/readContent.ts';

const files = readObservations();
const lab = indexObservations(files);
const nameOf = (id: string) => {
  const f = files.find((x) => x.client.id === id)!;
  return shortClientName(f.client.id, f.client.version);
};

test('a reference groups clients by what they reported, in display order, from the committed data', () => {
  const text = renderObservedProse('Measured: {obs:tls-untrusted}.', lab, 'en');
  const groups = new Map<string, string[]>();
  for (const client of lab.clients) {
    const cell = lab.cells.get('tls-untrusted')!.get(client.id)!;
    const codes = [...new Set(cell.observation.outcomes.map((o) => o.code))];
    if (codes.length !== 1) continue; // an unstable cell is covered below
    const key = codes[0] === null ? 'no close code' : String(codes[0]);
    groups.set(key, [...(groups.get(key) ?? []), nameOf(client.id)]);
  }
  for (const [code, names] of groups) {
    const last = names.at(-1)!;
    const list = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} and ${last}`;
    assert.ok(text.includes(`${list} ${names.length === 1 ? 'reports' : 'report'} ${code}`), text);
  }
  assert.doesNotMatch(text, /\{obs:/);
});

test('a client filter and each field render', () => {
  const [ref] = findObservedRefs('{obs:server-drop-tcp:error@chromium,ws}');
  assert.deepEqual(ref!.clients, ['chromium', 'ws']);
  const text = renderObservedRef(ref!, lab, 'en');
  assert.match(text, new RegExp(`^${nameOf('chromium')}`));
  assert.match(text, /(fires|fire) (an|no) `error` event/);
  assert.match(
    renderObservedProse('{obs:client-close-nocode:wire@node}', lab, 'en'),
    /sends (a Close frame with \d+|no Close frame)$/,
  );
  assert.match(
    renderObservedProse('{obs:server-empty-close:wasClean@ws}', lab, 'en'),
    /reports `wasClean` (true|false)$/,
  );
});

test('an unstable cell renders every outcome with its count, marked unstable', () => {
  const edited = structuredClone(files);
  const ws = edited.find((f) => f.client.id === 'ws')!;
  ws.runs = 3;
  const cell = ws.results.find((r) => r.scenario === 'tls-untrusted')!;
  cell.outcomes = [
    { ...cell.outcomes[0]!, count: 2, code: 1006 },
    { ...cell.outcomes[0]!, count: 1, code: 1015 },
  ];
  const text = renderObservedProse('{obs:tls-untrusted@ws}', indexObservations(edited), 'en');
  assert.equal(text, `${nameOf('ws')} reports 1006 in 2 of 3 runs and 1015 in 1 of 3 runs (unstable)`);
});

test('a reference to a scenario nobody measured throws, naming it', () => {
  const without = structuredClone(files).map((f) => ({
    ...f,
    results: f.results.filter((r) => r.scenario !== 'server-close-1000'),
  }));
  assert.throws(() => renderObservedProse('{obs:server-close-1000}', indexObservations(without), 'en'), /server-close-1000/);
});
