import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Limits } from '../../src/demo/limits.ts';
import { RunStore } from '../../src/demo/runStore.ts';
import { FrameReader, decodeClose } from '../../src/demo/wireTap.ts';
import { closeFrame, encodeFrame } from '../../src/demo/rawFrames.ts';

test('limits: per-IP sockets, global sockets and runs per minute', () => {
  const limits = new Limits({ perIpSockets: 2, globalSockets: 3, perIpRunsPerMinute: 5 });
  assert.equal(limits.admit('a'), 'ok');
  limits.opened('a');
  assert.equal(limits.admit('a'), 'ok');
  limits.opened('a');
  assert.equal(limits.admit('a'), 'ip-sockets');
  assert.equal(limits.admit('b'), 'ok');
  limits.opened('b');
  assert.equal(limits.admit('c'), 'global-sockets');
  limits.closed('a');
  limits.closed('a');
  limits.closed('b');
  assert.equal(limits.openSockets, 0);
  // 'a' has used 2 of its 5 runs this minute (the refused one did not count).
  for (let i = 0; i < 3; i++) assert.equal(limits.admit('a'), 'ok');
  assert.equal(limits.admit('a'), 'ip-rate');
});

test('run store: bounded in count, oldest first', () => {
  const store = new RunStore({ maxRecords: 3, maxAgeMs: 60_000 });
  for (const id of ['run001', 'run002', 'run003', 'run004']) store.create(id, 'echo', 101);
  assert.equal(store.size, 3);
  assert.equal(store.get('run001'), undefined);
  assert.equal(store.get('run004')?.scenario, 'echo');
});

test('run store: records expire after their age limit', async () => {
  const store = new RunStore({ maxRecords: 10, maxAgeMs: 30 });
  store.create('run001', 'echo', 101);
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(store.get('run001'), undefined);
});

test('the frame reader finds a masked Close frame after data frames, across chunk boundaries', () => {
  const found: string[] = [];
  const reader = new FrameReader((payload) => found.push(payload.toString('hex')));
  const data = encodeFrame({ opcode: 2, payload: Buffer.alloc(300, 7), mask: true });
  const close = encodeFrame({ opcode: 8, payload: Buffer.from([0x03, 0xea, 0x68, 0x69]), mask: true });
  const stream = Buffer.concat([data, close]);
  for (let i = 0; i < stream.length; i += 7) reader.push(stream.subarray(i, i + 7));
  assert.deepEqual(found, ['03ea6869']);
  assert.deepEqual(decodeClose(Buffer.from('03ea6869', 'hex'), 5), {
    code: 1002,
    reason: 'hi',
    payloadHex: '03ea6869',
    at: 5,
  });
  assert.equal(decodeClose(Buffer.alloc(0), 0).code, 1005);
  assert.equal(closeFrame(1004, '').toString('hex'), '880203ec');
});
