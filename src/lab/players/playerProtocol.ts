/**
 * The line protocol between the lab and a runtime it drives as a child
 * process (Bun, Deno, Python, Go): JSON, one object per line. The child
 * first writes a `PlayerHello`; then, for each `PlayRequest` on its stdin, it
 * writes one `SocketPlay` (`src/scenarios/runScenario.ts`) on its stdout.
 */
import type { SocketScript } from '../../scenarios/runScenario.ts';

/** One run for a player: the URL to open and what to do once it is open. */
export interface PlayRequest extends SocketScript {
  /** The socket URL, run id included. */
  url: string;
  /** End the run with a `timeout` event after this many milliseconds (players without `playSocket` need it). */
  timeoutMs: number;
}

/** A player's first line. */
export interface PlayerHello {
  /** The runtime and library versions, exactly as they report them. */
  version: string;
}
