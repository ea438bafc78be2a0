import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/appServer.ts';
import { closePayload, frame, openRawWebSocket, type ServerFrame } from '../support/rawWebSocket.ts';
import { fuzzSeed, seeded, type Random } from '../support/random.ts';
import { makeRunId } from '../../src/scenarios/runIds.ts';

// RFC 6455 conformance of the `echo` scenario under hostile frames: the Autobahn 7.7.x and 7.9.x close
// cases, then seeded mutated frame streams, each on its own connection to the real demo server.
const SEED = fuzzSeed(6455);
const MUTATED_STREAMS = 300;
const TEXT = 0x1;
const BINARY = 0x2;
const CONTINUATION = 0x0;
const CLOSE = 0x8;
const PING = 0x9;

let app: Awaited<ReturnType<typeof startApp>>;
let port: number;
before(async () => {
  app = await startApp({ limits: { perIpSockets: 1000, globalSockets: 1000, perIpRunsPerMinute: 1_000_000 } });
  port = app.port;
});
after(() => app.shutdown());

/**
 * Send `bytes` on a fresh echo socket: the server's Close code (null: TCP closed without one, `waiting`: the
 * server is still waiting for more bytes after `waitMs`) and its frames.
 */
async function exchange(
  bytes: Buffer[],
  waitMs = 5000,
): Promise<{ code: number | null | 'waiting'; frames: ServerFrame[] }> {
  const ws = await openRawWebSocket(port, `/demo/ws/echo?run=${makeRunId()}`);
  for (const b of bytes) ws.socket.write(b);
  const code = await Promise.race([ws.closed, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), waitMs))]);
  ws.socket.destroy();
  return { code, frames: ws.frames };
}

const closeFrame = (code: number, reason: Buffer | string = '') => frame(CLOSE, closePayload(code, reason));

// Autobahn 7.7.x: every code a peer may send is echoed in the closing handshake (RFC 6455 §5.5.1, §7.4).
const VALID_CODES = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999];
// Autobahn 7.9.x: codes no endpoint may send are a protocol error (RFC 6455 §7.4.1, §7.4.2).
const INVALID_CODES = [0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535];

for (const code of VALID_CODES) {
  test(`Autobahn 7.7.x: Close ${code} is echoed`, async () => {
    assert.equal((await exchange([closeFrame(code, 'bye')])).code, code);
  });
}
for (const code of INVALID_CODES) {
  test(`Autobahn 7.9.x: Close ${code} gets 1002`, async () => {
    assert.equal((await exchange([closeFrame(code)])).code, 1002);
  });
}

test('Autobahn 7.1/7.3: empty Close is answered empty; 1-byte Close gets 1002; a bad UTF-8 reason gets 1007', async () => {
  assert.equal((await exchange([frame(CLOSE)])).code, 1005);
  assert.equal((await exchange([frame(CLOSE, Buffer.from([0x03]))])).code, 1002);
  assert.equal((await exchange([closeFrame(1000, 'r'.repeat(123))])).code, 1000);
  assert.equal(
    (await exchange([closeFrame(1000, Buffer.from([0xce, 0xba, 0xe1, 0xbd, 0xb9, 0xcf, 0x83, 0xff]))])).code,
    1007,
  );
});

/** A stream of frames and what RFC 6455 says the echo server must answer. */
interface Stream {
  kind: string;
  frames: Buffer[];
  /** The server's Close code, or the messages it must echo before closing with 1000. */
  expect: { close: number } | { echo: Buffer[] };
}

function randomText(r: Random): string {
  const alphabet = ['a', 'Z', '0', ' ', 'é', 'ß', '€', '中', '𝄞', '\n'];
  return Array.from({ length: r.int(300) }, () => r.pick(alphabet)).join('');
}

/** A message split into 1–4 fragments, with pings between them now and then (RFC 6455 §5.4, §5.5). */
function fragments(r: Random, opcode: number, payload: Buffer): Buffer[] {
  const cuts = [...new Set(Array.from({ length: r.int(4) }, () => r.int(payload.length + 1)))].sort((a, b) => a - b);
  const parts = [0, ...cuts, payload.length].flatMap((at, i, all) => (i ? [payload.subarray(all[i - 1]!, at)] : []));
  return parts.flatMap((part, i) => [
    ...(i > 0 && r.chance(0.3) ? [frame(PING, Buffer.from('p'))] : []),
    frame(i === 0 ? opcode : CONTINUATION, part, { fin: i === parts.length - 1 }),
  ]);
}

const INVALID_UTF8 = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];

const MAKERS: ((r: Random) => Stream)[] = [
  (r) => {
    const text = Buffer.from(randomText(r));
    return { kind: 'text', frames: [...fragments(r, TEXT, text), closeFrame(1000)], expect: { echo: [text] } };
  },
  (r) => {
    const data = Buffer.from(Array.from({ length: r.int(2000) }, () => r.int(256)));
    return { kind: 'binary', frames: [...fragments(r, BINARY, data), closeFrame(1000)], expect: { echo: [data] } };
  },
  // RFC 6455 §5.2: a nonzero RSV bit with no extension negotiated fails the connection.
  (r) => ({ kind: 'rsv', frames: [frame(TEXT, Buffer.from('x'), { rsv: 1 + r.int(7) })], expect: { close: 1002 } }),
  // §5.2: reserved opcodes.
  (r) => ({
    kind: 'opcode',
    frames: [frame(r.pick([3, 4, 5, 6, 7, 11, 12, 13, 14, 15]), Buffer.from('x'))],
    expect: { close: 1002 },
  }),
  // §5.1: a server MUST close on an unmasked client frame.
  () => ({ kind: 'unmasked', frames: [frame(TEXT, Buffer.from('x'), { mask: false })], expect: { close: 1002 } }),
  // §5.5: control frames carry at most 125 bytes and are never fragmented.
  () => ({ kind: 'big-ping', frames: [frame(PING, Buffer.alloc(126))], expect: { close: 1002 } }),
  () => ({ kind: 'fragmented-ping', frames: [frame(PING, Buffer.from('x'), { fin: false })], expect: { close: 1002 } }),
  // §5.4: a continuation with nothing to continue, or a new message inside a fragmented one.
  () => ({ kind: 'orphan-continuation', frames: [frame(CONTINUATION, Buffer.from('x'))], expect: { close: 1002 } }),
  (r) => ({
    kind: 'interleaved',
    frames: [frame(TEXT, Buffer.from('a'), { fin: false }), frame(r.pick([TEXT, BINARY]), Buffer.from('b'))],
    expect: { close: 1002 },
  }),
  // §5.5.1, §7.4: a 1-byte Close body, or a code nobody may send.
  () => ({ kind: 'close-1-byte', frames: [frame(CLOSE, Buffer.from([0x03]))], expect: { close: 1002 } }),
  (r) => ({ kind: 'close-invalid-code', frames: [closeFrame(r.pick(INVALID_CODES))], expect: { close: 1002 } }),
  // §8.1: invalid UTF-8 in a text message fails the connection with 1007, whole or across fragments.
  (r) => {
    const bad = Buffer.concat([Buffer.from(randomText(r)), Buffer.from(r.pick(INVALID_UTF8)), Buffer.from('z')]);
    return { kind: 'invalid-utf8', frames: fragments(r, TEXT, bad), expect: { close: 1007 } };
  },
  // §7.4.1: a message bigger than the endpoint accepts (here `ws`'s maxPayload, from the header alone) gets 1009.
  (r) => ({
    kind: 'too-big',
    frames: [
      frame(BINARY, Buffer.alloc(8), { claimLength: r.pick([70_000n, 1n << 32n, 1n << 40n, (1n << 63n) - 1n]) }),
    ],
    expect: { close: 1009 },
  }),
];

test(`${MUTATED_STREAMS} mutated frame streams get what RFC 6455 requires, and the server stays up`, async () => {
  const r = seeded(SEED);
  const kinds = new Map<string, number>();
  for (let i = 0; i < MUTATED_STREAMS; i++) {
    const stream = r.pick(MAKERS)(r);
    kinds.set(stream.kind, (kinds.get(stream.kind) ?? 0) + 1);
    const { code, frames } = await exchange(stream.frames);
    assert.notEqual(code, 'waiting', `stream ${i} (${stream.kind}): no answer in 5 s`);
    const context = `stream ${i} (${stream.kind}), replay with FUZZ_SEED=${SEED}`;
    if ('close' in stream.expect) assert.equal(code, stream.expect.close, context);
    else {
      const echoed = frames.filter((f) => f.opcode === TEXT || f.opcode === BINARY).map((f) => f.payload);
      assert.deepEqual(echoed, stream.expect.echo, context);
      assert.equal(code, 1000, context);
    }
  }
  console.log(`${MUTATED_STREAMS} streams, seed ${SEED}: ${[...kinds].map(([k, n]) => `${k}×${n}`).join(' ')}`);
  assert.equal((await fetch(`http://127.0.0.1:${port}/demo/scenarios.json`)).status, 200);
});

test('random byte flips of valid streams end in a Close frame, a closed socket or a wait for more bytes, never a dead server', async () => {
  const r = seeded(SEED + 1);
  const outcomes = new Map<string, number>();
  for (let i = 0; i < 200; i++) {
    const stream = Buffer.concat(MAKERS[r.int(2)]!(r).frames);
    const flips = 1 + r.int(4);
    for (let f = 0; f < flips; f++) stream[r.int(stream.length)]! ^= 1 << r.int(8);
    // A flip in a length field can leave the server waiting for bytes that never come: that is fine too.
    const { code } = await exchange([stream], 1000);
    const key = String(code);
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    // Whatever the flip did, what comes back is a code an endpoint may send, or no Close frame at all.
    assert.ok(
      code === null || code === 'waiting' || code === 1005 || VALID_CODES.includes(code),
      `flip stream ${i}: ${code}, FUZZ_SEED=${SEED}`,
    );
  }
  console.log(`200 flipped streams: ${[...outcomes].map(([k, n]) => `${k}×${n}`).join(' ')}`);
  assert.equal((await fetch(`http://127.0.0.1:${port}/demo/scenarios.json`)).status, 200);
});
