/** Listening on the configured ports, where a busy or forbidden port becomes one line naming its variable. */
import { createServer, type Server } from 'node:net';
import { portError, type PortSetting, type ServerConfig } from './config.ts';

/** Listen on `port` on every interface; a busy or forbidden port rejects with the `ConfigError` naming its variable. */
export function listen(server: Server, setting: PortSetting, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(portError(setting, port, error)));
    server.listen(port, resolve);
  });
}

/**
 * Rejects as `listen` would when a configured port cannot be listened on now, so that `npm start` says so
 * before a build makes its user wait; the real listen still reports a port taken in between.
 */
export async function checkPorts(config: ServerConfig): Promise<void> {
  for (const [setting, port] of [
    ['port', config.port],
    ['tlsPort', config.tlsPort],
  ] as const) {
    // 0 takes any free port and null is off: nothing to check.
    if (!port) continue;
    const probe = createServer();
    await listen(probe, setting, port);
    await new Promise((resolve) => probe.close(resolve));
  }
}
