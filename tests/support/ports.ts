/** Real listeners for tests about ports: one that takes a port, one that asks whether a port is free. */
import { createServer } from 'node:net';

/** Listen on a port the OS picks, on every interface as the servers do, until the test ends; returns the port. */
export async function occupy(t: { after(fn: () => Promise<void>): void }): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  t.after(() => new Promise((resolve) => server.close(() => resolve())));
  return (server.address() as { port: number }).port;
}

/** Whether a listener could take `port` now. */
export function isFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}
