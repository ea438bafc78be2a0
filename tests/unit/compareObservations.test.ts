import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffObservations } from '../../src/lab/compareObservations.ts';
import { accumulate } from '../../src/lab/accumulate.ts';
import { readObservations } from '../../src/model/readContent.ts';

// Copies of the real committed data, edited in the test.
const base = readObservations().find((f) => f.client.id === 'ws')!;
const copy = () => structuredClone(base);

test('a version-only change passes, with a notice giving both versions', () => {
  const fresh = copy();
  fresh.client.version = 'ws 99.0.0, Node 99.0.0';
  const { notices, differences } = diffObservations(base, fresh);
  assert.deepEqual(differences, []);
  assert.deepEqual(notices, [
    `version: committed ${base.client.version}, installed ws 99.0.0, Node 99.0.0; behaviour compared below`,
  ]);
});

test('a behaviour change fails, with a readable diff naming the scenario and field', () => {
  const fresh = copy();
  const first = fresh.results[0]!;
  const was = first.outcomes[0]!.code;
  first.outcomes = [{ ...first.outcomes[0]!, code: 4999 }];
  const { differences } = diffObservations(base, fresh);
  assert.deepEqual(differences, [`${first.scenario}: code was ${was}, now 4999`]);
});

test('an unstable cell accepts each of its recorded outcomes and nothing else', () => {
  const committed = copy();
  const cell = committed.results[0]!;
  const one = { ...cell.outcomes[0]!, count: 2 };
  const other = { ...one, count: 1, code: 1015, wasClean: false };
  cell.outcomes = [one, other];
  committed.runs = 3;
  const run = (o: typeof one) => {
    const fresh = copy();
    fresh.results[0]!.outcomes = [{ ...o, count: 1 }];
    fresh.runs = 1;
    return diffObservations(committed, fresh).differences;
  };
  assert.deepEqual(run(one), []);
  assert.deepEqual(run(other), []);
  const third = run({ ...one, code: 4998 });
  assert.equal(third.length, 1);
  assert.match(third[0]!, new RegExp(`^${cell.scenario}: .*"code":4998.* is none of the 2 outcomes recorded`));
});

test('a scenario that is new, or gone, is a difference', () => {
  const fresh = copy();
  const gone = fresh.results.pop()!;
  fresh.results.push({ ...gone, scenario: 'brand-new' });
  assert.deepEqual(diffObservations(base, fresh).differences, [
    `${gone.scenario}: in the committed data but not run any more`,
    'brand-new: new scenario, not in the committed data',
  ]);
});

test('observe adds new runs to the committed ones for the same version, and starts over for a new one', () => {
  const committed = copy();
  const fresh = copy();
  const first = fresh.results[0]!;
  first.outcomes = [
    { ...first.outcomes[0]!, count: fresh.runs - 1 },
    { ...first.outcomes[0]!, count: 1, code: 4999 },
  ];
  const merged = accumulate(committed, fresh);
  assert.equal(merged.runs, committed.runs + fresh.runs);
  assert.deepEqual(
    merged.results[0]!.outcomes.map((o) => [o.code, o.count]),
    [
      [committed.results[0]!.outcomes[0]!.code, committed.runs + fresh.runs - 1],
      [4999, 1],
    ],
  );
  const upgraded = copy();
  upgraded.client.version = 'ws 99.0.0, Node 99.0.0';
  assert.equal(accumulate(committed, upgraded), upgraded);
});
