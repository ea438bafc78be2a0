/**
 * The player the lab runs inside Bun and Deno: each line on stdin is a
 * `PlayRequest`, each line on stdout the `SocketPlay` it produced with the
 * runtime's own built-in `WebSocket`, through the same `playSocket` as the
 * widget and the browsers. The first line out names the runtime's version.
 */
import process from 'node:process';
import { createInterface } from 'node:readline';
import { playSocket } from '../../scenarios/runScenario.ts';
import type { PlayRequest, PlayerHello } from './playerProtocol.ts';

const runtime = globalThis as { Bun?: { version: string }; Deno?: { version: { deno: string; v8: string } } };
const hello: PlayerHello = {
  version: runtime.Bun
    ? `Bun ${runtime.Bun.version}`
    : runtime.Deno
      ? `Deno ${runtime.Deno.version.deno}`
      : `Node ${process.versions.node}`,
};
process.stdout.write(`${JSON.stringify(hello)}\n`);

// One run at a time: the lab waits for each answer before it sends the next request.
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const request = JSON.parse(line) as PlayRequest;
  const play = await playSocket(request.url, request);
  process.stdout.write(`${JSON.stringify(play)}\n`);
}
