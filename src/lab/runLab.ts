/**
 * Runs every catalog scenario through each client against a real demo
 * server started here, and returns one file's worth of data per client.
 */
import { publishScenarios } from '../demo/demoServer.ts';
import { startAppServer } from '../server/appServer.ts';
import { readConfig } from '../server/config.ts';
import type { LabClient } from './labClient.ts';
import { toObservation } from './labClient.ts';
import type { ClientObservations } from './observationSchema.ts';

/** The outcome of a lab run. */
export interface LabRun {
  /** Data per client that ran. */
  files: ClientObservations[];
  /** Clients that could not run here, and why. */
  skipped: { id: string; reason: string }[];
  /** Seconds each client took. */
  seconds: Record<string, number>;
}

/** Run the lab for `clients`, serving the site from `distDir`. */
export async function runLab(
  clients: readonly LabClient[],
  distDir: string,
  progress: (line: string) => void = () => undefined,
): Promise<LabRun> {
  const app = await startAppServer(distDir, {
    ...readConfig({}),
    port: 0,
    tlsPort: 0,
    log: false,
    limits: { perIpSockets: 1000, globalSockets: 1000, perIpRunsPerMinute: 100_000 },
  });
  const origin = `http://localhost:${app.port}`;
  const scenarios = publishScenarios('localhost', app.tlsPort);
  const run: LabRun = { files: [], skipped: [], seconds: {} };
  try {
    for (const client of clients) {
      const reason = client.missing();
      if (reason) {
        run.skipped.push({ id: client.id, reason });
        progress(`${client.id}: skipped, ${reason}`);
        continue;
      }
      const started = performance.now();
      const session = await client.open();
      try {
        const results = [];
        for (const scenario of scenarios.filter((s) => client.supports(s))) {
          results.push(toObservation(scenario.id, await session.run(scenario, origin)));
        }
        run.files.push({ client: session.identity, date: new Date().toISOString().slice(0, 10), results });
      } finally {
        await session.close();
      }
      run.seconds[client.id] = (performance.now() - started) / 1000;
      progress(
        `${client.id}: ${session.identity.name} ${session.identity.version}, ${run.seconds[client.id]!.toFixed(1)} s`,
      );
    }
  } finally {
    await app.shutdown();
  }
  return run;
}
