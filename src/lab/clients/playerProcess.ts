/**
 * Drives a player (`src/lab/players/`) as a child process over the line
 * protocol of `playerProtocol.ts`, and turns it into a lab session: the lab
 * mints the run id and fetches the server's record, the player only plays
 * the socket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { makeRunId } from '../../scenarios/runIds.ts';
import {
  fetchRecord,
  hasServerRecord,
  RUN_TIMEOUT_MS,
  socketUrl,
  type SocketPlay,
} from '../../scenarios/runScenario.ts';
import type { PlayRequest, PlayerHello } from '../players/playerProtocol.ts';
import type { LabSession } from '../labClient.ts';

/** How long a player may take to answer one request beyond the run's own timeout. */
const ANSWER_GRACE_MS = 5000;

/** A started player. */
export interface PlayerProcess {
  /** What it said first. */
  hello: PlayerHello;
  /** Play one socket. */
  play(request: PlayRequest): Promise<SocketPlay>;
  /** End it: close its stdin, then kill it if it lingers. */
  close(): Promise<void>;
}

/** Start `command` with `args` and wait for its hello line. */
export async function startPlayer(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<PlayerProcess> {
  const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-2000)));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))),
  );
  exited.catch(() => undefined);
  const next = async (timeoutMs: number): Promise<string> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${command} gave no answer in ${timeoutMs} ms: ${stderr.trim()}`)),
        timeoutMs,
      );
    });
    try {
      const line = await Promise.race([lines.next(), exited, timeout]);
      if (line.done) throw new Error(`${command} closed its output: ${stderr.trim()}`);
      return line.value;
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    const hello = JSON.parse(await next(20_000)) as PlayerHello;
    return {
      hello,
      async play(request) {
        child.stdin.write(`${JSON.stringify(request)}\n`);
        return JSON.parse(await next(request.timeoutMs + ANSWER_GRACE_MS)) as SocketPlay;
      },
      close: () => stop(child),
    };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** Close stdin and wait; kill after a grace period. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}

/** A lab session's `run` over a player: mint the run id, let the player play, fetch the server's record. */
export function runWithPlayer(player: PlayerProcess): LabSession['run'] {
  return async (scenario, origin) => {
    const runId = makeRunId();
    const play = await player.play({
      url: socketUrl(scenario, origin, runId),
      ...(scenario.send ? { send: scenario.send } : {}),
      ...(scenario.closeWith ? { closeWith: scenario.closeWith } : {}),
      timeoutMs: RUN_TIMEOUT_MS,
    });
    const record = hasServerRecord(scenario) ? await fetchRecord(origin, runId) : null;
    return { runId, ...play, record };
  };
}
