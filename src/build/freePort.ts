/** A free TCP port on loopback, for a process that must be told its port before it starts. */
import { createServer } from 'node:net';

/** Ask the OS for a free loopback port, then release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
