import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { WebSocketServer } from 'ws';
import { loadCodes, ROOT } from '../support/content.ts';
import { connectWithBackoff, RETRY_CODES } from '../../src/samples/reconnect.js';
import { reconnects } from '../../src/model/codeSchema.ts';

test('every runnable sample type-checks under strict TypeScript', () => {
  // Inside the project so that `import 'ws'` resolves as it would for a reader.
  const dir = `${ROOT}.samples-check/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const files: string[] = [];
  for (const { data } of loadCodes()) {
    data.samples
      .filter((s) => s.runnable)
      .forEach((s, i) => {
        const name = `${data.code}-${i}-${s.kind}.${s.lang}`;
        // `export {}` keeps each sample its own module, as a reader's file would be.
        writeFileSync(`${dir}${name}`, `${s.code}\nexport {};\n`);
        files.push(name);
      });
  }
  copyFileSync(`${ROOT}src/samples/reconnect.js`, `${dir}reconnect.js`);
  files.push('reconnect.js');
  writeFileSync(
    `${dir}tsconfig.json`,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        allowJs: true,
        checkJs: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2023', 'dom'],
        types: ['node', 'ws'],
        skipLibCheck: true,
      },
      files,
    }),
  );
  try {
    const tsc = spawnSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', dir], {
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    assert.ok(files.length > 16, `expected samples for most codes, found ${files.length}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the reconnect sample backs off on retryable codes and stops on the others', async () => {
  const wss = new WebSocketServer({ port: 0 });
  await once(wss, 'listening');
  const { port } = wss.address() as { port: number };
  let connections = 0;
  wss.on('connection', (socket) => {
    connections++;
    // Two restarts, then a policy close that must end the retries.
    socket.close(connections <= 2 ? 1012 : 1008);
  });
  let opens = 0;
  const stopped = new Promise<void>((resolve) => {
    const handle = connectWithBackoff(
      `ws://127.0.0.1:${port}`,
      (ws) => {
        opens++;
        if (opens === 3) ws.addEventListener('close', () => setTimeout(resolve, 200));
      },
      { base: 5, cap: 20 },
    );
    void handle;
  });
  await stopped;
  assert.equal(connections, 3);
  assert.equal(opens, 3);
  wss.close();
});

test('the reconnect sample retries exactly the standard codes whose advice is to reconnect', () => {
  const advised = loadCodes()
    .map((c) => c.data)
    .filter((c) => c.code <= 1015 && reconnects(c.reconnect))
    .map((c) => c.code);
  assert.deepEqual([...RETRY_CODES].sort(), advised.sort());
});
