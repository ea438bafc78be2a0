/**
 * The runtimes the lab drives as child processes through a player
 * (`src/lab/players/`): Bun and Deno with their built-in `WebSocket`,
 * Python's `websockets` and Go's gorilla/websocket. Each binary comes from an
 * installed package; nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostPlatform, runsWithoutPage, type LabClient } from '../labClient.ts';
import type { ClientId } from '../../observations/clientIds.ts';
import { runWithPlayer, startPlayer } from './playerProcess.ts';

const require = createRequire(import.meta.url);
const PLAYERS = fileURLToPath(new URL('../players/', import.meta.url));
const PYTHON = '/usr/bin/python3';
const GO = '/usr/bin/go';
const GO_PATH = '/usr/share/gocode';
const GORILLA = `${GO_PATH}/src/github.com/gorilla/websocket`;

/** The first of `candidates` that is a real binary (npm's placeholders are tiny), resolved from node_modules. */
function packagedBinary(candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    try {
      const file = require.resolve(candidate);
      if (statSync(file).size > 1_000_000) return file;
    } catch {
      // not installed
    }
  }
  return undefined;
}

/** Bun's binary: its platform package's, or the one Bun's postinstall moved into `bun/bin/`. */
const BUN = packagedBinary(['@oven/bun-linux-x64/bin/bun', 'bun/bin/bun.exe']);
/** Deno's binary, from its platform package. */
const DENO = packagedBinary(['@deno/linux-x64-glibc/deno', 'deno/deno']);

/** A Debian package's exact version, or undefined when it is not installed. */
function debianVersion(pkg: string): string | undefined {
  const res = spawnSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' });
  return res.status === 0 && res.stdout ? res.stdout : undefined;
}

/** A client run through a player: how to start it, and how to name it once it has said hello. */
function playerClient(options: {
  id: ClientId;
  name: string;
  /** How the lab drives it (`ClientIdentity.driven`). */
  driven: string;
  missing(): string | undefined;
  /** Prepare (build) and return the command line; `cleanup` undoes what preparing made. */
  command(): { command: string; args: string[]; cleanup?: () => void };
  version(hello: string): string;
}): LabClient {
  return {
    id: options.id,
    missing: options.missing,
    supports: runsWithoutPage,
    async open(env) {
      const { command, args, cleanup } = options.command();
      try {
        const player = await startPlayer(command, args, env);
        return {
          identity: {
            id: options.id,
            name: options.name,
            version: options.version(player.hello.version),
            platform: hostPlatform(),
            driven: options.driven,
          },
          run: runWithPlayer(player),
          async close() {
            await player.close();
            cleanup?.();
          },
        };
      } catch (error) {
        cleanup?.();
        throw error;
      }
    },
  };
}

/** Bun's built-in `WebSocket`. */
export const bunClient = playerClient({
  id: 'bun',
  name: 'Bun built-in WebSocket',
  driven:
    "Bun from the npm package bun, running the lab's player (src/lab/players/webSocketPlayer.ts), which plays each scenario with Bun's global WebSocket through the same runner as the browsers. Messages are the error events' message and what close() throws.",
  missing: () => (BUN ? undefined : 'no Bun binary in node_modules (npm package bun)'),
  command: () => ({ command: BUN!, args: [`${PLAYERS}webSocketPlayer.ts`] }),
  version: (hello) => hello,
});

/** Deno's built-in `WebSocket`. */
export const denoClient = playerClient({
  id: 'deno',
  name: 'Deno built-in WebSocket',
  driven:
    "Deno from the npm package deno, running the lab's player (src/lab/players/webSocketPlayer.ts) with --allow-net, which plays each scenario with Deno's global WebSocket through the same runner as the browsers. Messages are the error events' message and what close() throws.",
  missing: () => (DENO ? undefined : 'no Deno binary in node_modules (npm package deno)'),
  command: () => ({
    command: DENO!,
    args: ['run', '--quiet', '--no-prompt', '--allow-net', '--allow-env', `${PLAYERS}webSocketPlayer.ts`],
  }),
  version: (hello) => hello,
});

/** Python's `websockets` (asyncio client), Debian's package under Debian's Python. */
export const pythonWebsocketsClient = playerClient({
  id: 'python-websockets',
  name: 'Python websockets (asyncio client), Debian package',
  driven:
    "Debian's /usr/bin/python3 running the lab's player (src/lab/players/python_player.py) with websockets.connect() and its defaults. Python has no WebSocket events: open is connect() returning, message is each recv(), error is each exception raised other than ConnectionClosedOK (a normal close), close is the end of the connection with close_code and close_reason. Messages are each exception's class and text; wasClean has no counterpart.",
  missing: () => {
    if (!existsSync(PYTHON)) return `${PYTHON} not found (Debian package python3)`;
    if (spawnSync(PYTHON, ['-c', 'import websockets']).status !== 0)
      return 'websockets not importable by /usr/bin/python3 (Debian package python3-websockets)';
    return undefined;
  },
  command: () => ({ command: PYTHON, args: ['-u', `${PLAYERS}python_player.py`] }),
  version: (hello) => `${hello} (Debian python3-websockets ${debianVersion('python3-websockets') ?? 'unknown'})`,
});

/** Go's github.com/gorilla/websocket client, Debian's package, built offline here. */
export const goGorillaClient = playerClient({
  id: 'go-gorilla',
  name: 'Go gorilla/websocket client, Debian package',
  driven:
    "The lab's player (src/lab/players/gorilla/main.go), built offline with Debian's Go against Debian's gorilla/websocket, with DefaultDialer and the library's defaults. Go has no WebSocket events: open is Dial returning, message is each ReadMessage, close is a *CloseError from ReadMessage (its code and text), error is any other error. Messages are each error's Error() string; wasClean has no counterpart.",
  missing: () => {
    if (!existsSync(GO)) return `${GO} not found (Debian package golang-go)`;
    if (!existsSync(GORILLA)) return `${GORILLA} not found (Debian package golang-github-gorilla-websocket-dev)`;
    return undefined;
  },
  command: () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wscc-gorilla-'));
    const binary = path.join(dir, 'player');
    // GOPATH mode against Debian's sources, with the module proxy off: nothing is downloaded.
    const built = spawnSync(GO, ['build', '-o', binary, `${PLAYERS}gorilla/main.go`], {
      env: { ...process.env, GO111MODULE: 'off', GOPATH: GO_PATH, GOPROXY: 'off', GOFLAGS: '' },
      encoding: 'utf8',
    });
    if (built.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`go build failed: ${built.stderr}`);
    }
    return { command: binary, args: [], cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  },
  version: (hello) =>
    `gorilla/websocket ${debianVersion('golang-github-gorilla-websocket-dev') ?? 'unknown'} (Debian golang-github-gorilla-websocket-dev), ${hello}`,
});
