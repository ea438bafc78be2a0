/**
 * Runs every catalog scenario through each client against a real demo
 * server started here, `runs` times, and returns one file's worth of data
 * per client.
 */
import { publishScenarios } from '../scenarios/published.ts';
import { startAppServer } from '../server/appServer.ts';
import { readConfig } from '../server/config.ts';
import type { LabClient, RunOutcome } from './labClient.ts';
import { countOutcomes, toOutcome } from './labClient.ts';
import { markedEnv, newLabMarker } from './labProcesses.ts';
import type { ClientObservations } from '../observations/observationSchema.ts';

/** The outcome of a lab run. */
export interface LabRun {
  /** Data per client that ran. */
  files: ClientObservations[];
  /** Clients that could not run here, and why. */
  skipped: { id: string; reason: string }[];
  /** Seconds each client took. */
  seconds: Record<string, number>;
  /** The marker every process the lab started carried (see `labProcesses.ts`). */
  marker: string;
}

/** How to run the lab. */
export interface LabOptions {
  /** Runs of each scenario per client: 3 to publish (so unstable cells show), 1 to check for staleness. */
  runs: number;
  /** Progress lines. */
  progress?: (line: string) => void;
}

/** Run the lab for `clients`, serving the site from `distDir`. */
export async function runLab(
  clients: readonly LabClient[],
  distDir: string,
  { runs, progress = () => undefined }: LabOptions,
): Promise<LabRun> {
  const app = await startAppServer(distDir, {
    ...readConfig({}),
    port: 0,
    tlsPort: 0,
    log: false,
    limits: { perIpSockets: 1000, globalSockets: 1000, perIpRunsPerMinute: 100_000 },
  });
  const origin = `http://localhost:${app.port}`;
  const scenarios = publishScenarios({ hostname: 'localhost', tlsPort: app.tlsPort, refusedPort: app.refusedPort });
  const ports = [app.port, app.tlsPort, app.refusedPort].filter((p): p is number => p !== null);
  const run: LabRun = { files: [], skipped: [], seconds: {}, marker: newLabMarker() };
  try {
    for (const client of clients) {
      const reason = client.missing();
      if (reason) {
        run.skipped.push({ id: client.id, reason });
        progress(`${client.id}: skipped, ${reason}`);
        continue;
      }
      const started = performance.now();
      const session = await client.open(markedEnv(run.marker));
      try {
        const supported = scenarios.filter((s) => client.supports(s));
        const outcomes = new Map<string, RunOutcome[]>(supported.map((s) => [s.id, []]));
        // Round by round, so a slow drift (caches, timers) shows up as instability rather than hiding in one block.
        for (let round = 0; round < runs; round++) {
          for (const scenario of supported)
            outcomes.get(scenario.id)!.push(toOutcome(await session.run(scenario, origin), ports));
        }
        run.files.push({
          client: session.identity,
          date: new Date().toISOString().slice(0, 10),
          runs,
          results: supported.map((s) => ({ scenario: s.id, outcomes: countOutcomes(outcomes.get(s.id)!) })),
        });
      } finally {
        await session.close();
      }
      run.seconds[client.id] = (performance.now() - started) / 1000;
      progress(
        `${client.id}: ${session.identity.name} ${session.identity.version}, ${runs} run(s) per scenario, ${run.seconds[client.id]!.toFixed(1)} s`,
      );
    }
  } finally {
    await app.shutdown();
  }
  return run;
}
