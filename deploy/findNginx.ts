/** Where the nginx binary is: the deployment and its tests use the system's, never install one. */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../src/server/config.ts';

/** Debian installs nginx here, outside an ordinary user's PATH. */
const DEBIAN_NGINX = '/usr/sbin/nginx';

/** The nginx to run: `NGINX` when set, else the first on `PATH`, else Debian's; `undefined` when there is none. */
export function nginxPath(env: NodeJS.ProcessEnv): string | undefined {
  const candidates = env['NGINX']
    ? [env['NGINX']]
    : [
        ...(env['PATH'] ?? '')
          .split(path.delimiter)
          .filter(Boolean)
          .map((dir) => path.join(dir, 'nginx')),
        DEBIAN_NGINX,
      ];
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** `nginxPath`, or a `ConfigError` saying how to get one. */
export function findNginx(env: NodeJS.ProcessEnv): string {
  const found = nginxPath(env);
  if (!found)
    throw new ConfigError(
      env['NGINX']
        ? `NGINX: cannot run ${env['NGINX']}`
        : 'nginx not found: install it (Debian: apt-get install nginx) or set NGINX',
    );
  return found;
}
