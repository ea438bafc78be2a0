import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDecoderIndex } from '../../src/decoder/decoderIndex.ts';
import { decode } from '../../src/decoder/decode.ts';
import { indexObservations } from '../../src/observations/labIndex.ts';
import { CLIENT_LABELS } from '../../src/observations/clientIds.ts';
import { readObservations, readStacks } from '../../src/model/readContent.ts';
import { MESSAGE_KINDS } from '../../src/stacks/stackSchema.ts';

const lab = indexObservations(readObservations());
const stacks = readStacks().map((s) => ({ ...s }));
const labels = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, k])) as Record<(typeof MESSAGE_KINDS)[number], string>;
const index = buildDecoderIndex(lab, stacks, { client: (id) => `/clients/${id}/`, scenario: (s) => s.title }, labels);

/** Every real line the lab measured, with the client and the code it reported (or its scenario's). */
const measuredLines = lab.scenarios.flatMap((scenario) =>
  [...(lab.cells.get(scenario.id)?.values() ?? [])].flatMap((cell) =>
    cell.outcomes.flatMap(({ outcome }) =>
      outcome.messages
        .filter((m) => m.text)
        .map((m) => ({
          text: m.text,
          client: CLIENT_LABELS[cell.client.id].label,
          code: outcome.code !== null && outcome.code >= 1000 ? outcome.code : scenario.code,
        })),
    ),
  ),
);

test('every measured message decodes to its client and the code that client reported', () => {
  assert.ok(measuredLines.length > 100, `${measuredLines.length} lines`);
  let hits = 0;
  for (const line of measuredLines) {
    const result = decode(line.text, index);
    // The most specific match is the line itself, as this client printed it (another client may print the same).
    const best = result.matches[0];
    assert.equal(best?.text, line.text, `${line.client}: ${line.text}`);
    assert.ok(
      result.matches.some((m) => m.kind === 'measured' && m.stack === line.client && m.text === line.text),
      `${line.client}: ${line.text}`,
    );
    // A text the lab saw with one code names it; one seen with several codes names none (or the code written in it).
    const entry = index.find((e) => e.kind === 'measured' && e.stack === line.client && e.text === line.text)!;
    if (entry.code !== null) assert.equal(result.code, entry.code, line.text);
    if (result.code === line.code) hits++;
  }
  console.log(`decoder: ${hits} of ${measuredLines.length} measured lines decode to the code of their own scenario`);
});

test('constant names and source templates decode too', () => {
  assert.equal(decode('websocket: close 1001 (going away): bye', index).code, 1001);
  assert.equal(decode('panic: CloseGoingAway', index).code, 1001);
  assert.equal(decode('WebSocketCloseStatus.EndpointUnavailable', index).code, 1001);
  // The code comes from the recognised part, not from a timestamp elsewhere on the line.
  assert.equal(decode('2026/11/30 12:00:01 read: websocket: close 1008 (policy violation): bye', index).code, 1008);
  assert.equal(decode('2026/11/30 12:00:01 nothing this decoder knows', index).code, null);
});

test('foreign and mangled lines give no match, never an exception', () => {
  const foreign = [
    '',
    '   ',
    'upstream timed out (110: Connection timed out) while reading response header from upstream',
    'ERROR:  duplicate key value violates unique constraint "users_pkey"',
    'java.lang.NullPointerException at com.example.Main.main(Main.java:14)',
    "TypeError: Cannot read properties of undefined (reading 'map')",
    '<html><body><h1>502 Bad Gateway</h1></body></html>',
    'SELECT * FROM sockets WHERE id = 1; DROP TABLE sockets;',
    '\u0000\u0001\u0002\uffff\ud800',
    'Error: disk full',
    '((((((((((((((((((((',
    'x'.repeat(100_000),
  ];
  const mangled = measuredLines
    .filter((l, i, all) => all.findIndex((m) => m.text === l.text) === i)
    .slice(0, 8)
    .map((l) => [...l.text].reverse().join(''));
  const lines = [...foreign, ...mangled];
  assert.equal(lines.length, 20);
  for (const line of lines) {
    const result = decode(line, index);
    assert.deepEqual(result.matches, [], JSON.stringify(line.slice(0, 80)));
  }
});
